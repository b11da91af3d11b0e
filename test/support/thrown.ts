// What a call throws, for tests that check the error's code and message; a call that returns fails the test.

export function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw, but it returned');
}
