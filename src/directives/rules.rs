//! What a rule is: a named, documented decision with the example sentences it must and must
//! not decide, so every rule can be run alone. The registries themselves (whose order is the
//! precedence) sit with their stage: [`super::imperative::CUES`],
//! [`super::imperative::VETOES`], [`super::policy::CUES`], [`super::verb::GATES`], [`super::verb::BUILDERS`],
//! [`super::modal::CUES`], [`super::modal::VETOES`] and [`super::speaker::SIEVES`].

/// A named rule. The WebAssembly build keeps only the ids: the lines and examples (some
/// 15 KB of text) serve the native tools (`nutshell --rules`, the tests), not the page.
use super::words::Words;

#[derive(Clone, Copy, Debug)]
pub(crate) struct Rule {
    /// Stable id, recorded on what the rule makes (`Directive::rule`,
    /// `Directive::speaker_rule`) and in `--explain`.
    pub id: &'static str,
    /// What it decides, in a line.
    #[cfg(not(target_arch = "wasm32"))]
    pub what: &'static str,
    /// Sentences in which it must decide (make its cue, veto one, or find the speaker).
    #[cfg(not(target_arch = "wasm32"))]
    pub fires: &'static [&'static str],
    /// Sentences close to those in which it must not.
    #[cfg(not(target_arch = "wasm32"))]
    pub spares: &'static [&'static str],
}

impl Rule {
    /// What it decides ("" in the WebAssembly build).
    pub fn what(&self) -> &'static str {
        #[cfg(not(target_arch = "wasm32"))]
        return self.what;
        #[cfg(target_arch = "wasm32")]
        ""
    }
    /// Its first example where it fires, and where it does not ("" in WebAssembly).
    pub fn examples(&self) -> (&'static str, &'static str) {
        #[cfg(not(target_arch = "wasm32"))]
        return (
            self.fires.first().copied().unwrap_or(""),
            self.spares.first().copied().unwrap_or(""),
        );
        #[cfg(target_arch = "wasm32")]
        ("", "")
    }
}

/// A rule of a stage that proposes a cue at a token; `P` is what the stage's vetoes read.
pub(super) struct Proposer<P> {
    pub rule: Rule,
    pub check: fn(&Words, usize) -> Option<P>,
}

/// A rule that refuses a proposal of its stage.
pub(super) struct Refusal<P> {
    pub rule: Rule,
    pub check: fn(&Words, &P) -> bool,
}

/// The first proposal at token `i` (in the order of `cues`, the precedence) unless a veto
/// refuses it: the proposing rule's id and the proposal; `Err` with the vetoing rule's id
/// (`None` when no rule proposes).
pub(super) fn propose<P>(
    w: &Words,
    i: usize,
    cues: &[Proposer<P>],
    vetoes: &[Refusal<P>],
) -> Result<(&'static str, P), Option<&'static str>> {
    let Some((rule, p)) = cues
        .iter()
        .find_map(|c| (c.check)(w, i).map(|p| (c.rule.id, p)))
    else {
        return Err(None);
    };
    if let Some(v) = vetoes.iter().find(|v| (v.check)(w, &p)) {
        return Err(Some(v.rule.id));
    }
    Ok((rule, p))
}

/// A rule from its id, its line, and its examples (a `const fn`, for the registries).
#[cfg(not(target_arch = "wasm32"))]
pub(super) const fn rule(
    id: &'static str,
    what: &'static str,
    fires: &'static [&'static str],
    spares: &'static [&'static str],
) -> Rule {
    Rule {
        id,
        what,
        fires,
        spares,
    }
}

/// A rule from its id (its line and examples are left out of the WebAssembly build).
#[cfg(target_arch = "wasm32")]
pub(super) const fn rule(
    id: &'static str,
    _what: &'static str,
    _fires: &'static [&'static str],
    _spares: &'static [&'static str],
) -> Rule {
    Rule { id }
}

/// Every rule of every stage with its stage's name, in stage order: for documentation,
/// `nutshell --rules` and the example test.
pub(crate) fn all() -> Vec<(&'static str, Rule)> {
    let mut out: Vec<(&'static str, Rule)> = Vec::new();
    out.extend(
        super::imperative::CUES
            .iter()
            .map(|c| ("imperative", c.rule)),
    );
    out.extend(
        super::imperative::VETOES
            .iter()
            .map(|v| ("imperative veto", v.rule)),
    );
    out.extend(super::verb::GATES.iter().map(|g| ("verb gate", g.rule)));
    out.extend(
        super::verb::BUILDERS
            .iter()
            .map(|b| ("verb pattern", b.rule)),
    );
    out.extend(
        super::policy::CUES
            .iter()
            .map(|c| ("rule of conduct", c.rule)),
    );
    out.extend(super::modal::CUES.iter().map(|c| ("obligation", c.rule)));
    out.extend(
        super::modal::VETOES
            .iter()
            .map(|v| ("obligation veto", v.rule)),
    );
    out.extend(super::speaker::SIEVES.iter().map(|s| ("speaker sieve", *s)));
    out.extend(
        super::indirect::RULES
            .iter()
            .map(|r| ("indirect request", *r)),
    );
    out.extend(super::label::RULES.iter().map(|r| ("minutes label", *r)));
    out.extend(super::table::RULES.iter().map(|r| ("cue table", *r)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every rule, run on its own examples: where it must fire it decides (makes the
    /// directive, vetoes the cue, or names the speaker), where it must not it does not.
    #[test]
    fn every_rule_fires_on_its_examples_and_spares_the_others() {
        let mut failures = Vec::new();
        for (_, rule) in all() {
            assert!(
                !rule.fires.is_empty(),
                "{}: no example where it fires",
                rule.id
            );
            for text in rule.fires {
                let fired = crate::directives::explain(text);
                if !fired.iter().any(|id| id == rule.id) {
                    failures.push(format!("{} does not fire on {text:?} ({fired:?})", rule.id));
                }
            }
            for text in rule.spares {
                let fired = crate::directives::explain(text);
                if fired.iter().any(|id| id == rule.id) {
                    failures.push(format!("{} fires on {text:?} ({fired:?})", rule.id));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn rule_ids_are_unique() {
        let mut ids: Vec<&str> = all().iter().map(|(_, r)| r.id).collect();
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n);
    }
}

#[cfg(test)]
mod trace {
    /// Developer's look: `EXPLAIN="text" cargo test --lib explain_env -- --ignored --nocapture`
    /// prints every rule and veto that fired on the text.
    #[test]
    #[ignore]
    fn explain_env() {
        for text in std::env::var("EXPLAIN").unwrap_or_default().split('\n') {
            println!("{text:?}: {:?}", crate::directives::explain(text));
        }
    }
}
