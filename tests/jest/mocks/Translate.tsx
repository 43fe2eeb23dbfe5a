import type {ReactNode} from 'react';

// The default-locale message, with {placeholders} filled in, as Docusaurus renders it in Korean.
type Values = Record<string, ReactNode>;

function interpolate(message: string, values?: Values): string {
  return message.replace(/\{(\w+)\}/g, (match, key: string) =>
    values && key in values ? String(values[key]) : match,
  );
}

export function translate(
  {message}: {id?: string; message: string; description?: string},
  values?: Values,
): string {
  return interpolate(message, values);
}

export default function Translate({children, values}: {children: string; id?: string; description?: string; values?: Values}): ReactNode {
  return interpolate(children, values);
}
