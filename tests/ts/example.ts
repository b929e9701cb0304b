// Compiled (not run) against the generated .d.ts by scripts/test.sh: the declarations must be
// accurate enough for strict TypeScript, with no `any` in options or results.
import init, { analyze, defaultOptions, version } from "../../pkg/nutshell.js";
import type { Analysis, Directive, Options, Theme } from "../../pkg/nutshell.js";

async function main(): Promise<void> {
  await init();
  const options: Options = { sentences: 3, maxThemes: 5 };
  const result: Analysis = analyze("Ann Lee urged residents to conserve water.", options);
  const d: Directive | undefined = result.directives[0];
  if (d) {
    const who: string = d.speaker?.name ?? "the text";
    const whom: string | undefined = d.addressee?.text;
    const kind: "reported" | "obligation" | "imperative" | "operative" | "rule" | "actionItem" | "indirect" = d.kind;
    const negated: boolean = d.negated;
    console.log(who, d.cue.text, whom, d.action.text, kind, negated, d.also.length);
  }
  const themes: Theme[] = result.themes;
  const first: number = result.summary[0]?.start ?? 0;
  const defaults: Options = defaultOptions();
  const v: string = version();
  const language: string = result.stats.language;
  console.log(themes.length, first, defaults.maxThemes, v, result.stats.utf16, language);
  analyze("no options at all");
  // @ts-expect-error: an unknown option is a type error too
  analyze("x", { maxTheme: 3 });
}
void main();
