import {Fragment, type ReactNode} from 'react';

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

// Like Docusaurus, <Translate> also takes elements as values (a link inside a sentence).
export default function Translate({
  children,
  values,
}: {
  children: string;
  id?: string;
  description?: string;
  values?: Values;
}): ReactNode {
  return children.split(/(\{\w+\})/).map((part, index) => {
    const key = /^\{(\w+)\}$/.exec(part)?.[1];
    return (
      <Fragment key={index}>
        {key !== undefined && values && key in values ? values[key] : part}
      </Fragment>
    );
  });
}
