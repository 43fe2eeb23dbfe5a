// The router's history, as a jest mock function, so tests can see where a component navigates.
export const history = {push: jest.fn<void, [string]>()};

export function useHistory(): typeof history {
  return history;
}
