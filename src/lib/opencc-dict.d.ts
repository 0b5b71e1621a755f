/** OpenCC dictionaries shipped by opencc-js: `from to|from to|…` (the package has no types for them). */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
