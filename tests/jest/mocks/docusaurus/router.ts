// The router's history and location, as jest mocks, so tests can see where a component
// navigates and say where the reader arrived.
export const history: {push: jest.Mock<void, [string, unknown?]>; action: string} = {
  push: jest.fn<void, [string, unknown?]>(),
  action: 'POP',
};

export const location: {pathname: string; hash: string; key: string; state?: unknown} = {
  pathname: '/',
  hash: '',
  key: 'initial',
};

export function useHistory(): typeof history {
  return history;
}

export function useLocation(): typeof location {
  return location;
}
