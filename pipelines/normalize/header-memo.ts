// What a repair reads from the file's header (the same array with every row of a file): computed once per header
// array. The last array asked of and its answer are found by identity before the WeakMap's lookup, as several repairs
// ask of every row.

/** `read` memoized by the header array it is given (undefined headers: `none`). `context` (the dataset) is read with
 *  the first array only: it is the same for every row of one header. */
export function perHeaders<T, C = undefined>(read: (headers: readonly string[], context: C) => T, none: T):
  (headers: readonly string[] | undefined, context?: C) => T {
  const answers = new WeakMap<readonly string[], { value: T }>();
  let lastHeaders: readonly string[] | undefined;
  let lastValue = none;
  return (headers, context) => {
    if (headers === undefined) return none;
    if (headers === lastHeaders) return lastValue;
    let answer = answers.get(headers);
    if (answer === undefined) {
      answer = { value: read(headers, context as C) };
      answers.set(headers, answer);
    }
    lastHeaders = headers;
    lastValue = answer.value;
    return answer.value;
  };
}
