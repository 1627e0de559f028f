// Apart from demo.ts, which inlines the example files (about 450 kB): only `rendement demo` loads those.
/** @internal */
export const demoHelp = `rendement demo

Computes the bundled examples and prints a readable Dutch summary: the
NS-jaarkaart case of Thuis in Zuidoost (example price list) and a handful of
realistic cases priced with the social-domain list. Then rolls up the
synthetic district of examples/district (a few hundred invented cases in
five wijken), prints the rendement per wijk and writes the HTML report.

  --out DIR     write rendement-demo.html into DIR (default: the current folder)
  --lang nl|en  language of the messages (the summary is Dutch)
`;
