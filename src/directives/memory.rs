//! The speaker memory (coreference across sentences): every named speaker seen so far, with
//! the titles it was named with, so that "Kerry", "the minister" and "he" find "John Kerry".
//! The only mutable state of the directive rules.

/// A named speaker seen so far.
struct Known {
    name: String,
    organisation: bool,
    /// Title words seen before the name ("minister" of "Health Minister Ana Costa").
    titles: Vec<String>,
    /// When it was last named (the memory's event count then).
    seen: usize,
}

/// Speaker memory across sentences.
pub(super) struct Memory {
    /// Words that make a name an organisation's ("Ministry", "Council"), from the lexicon.
    organisation_words: &'static [&'static str],
    known: Vec<Known>,
    /// Verbs with a named subject seen so far.
    pub events: usize,
    last_person: Option<usize>,
    last_any: Option<usize>,
}

impl Memory {
    pub fn new(organisation_words: &'static [&'static str]) -> Memory {
        Memory {
            organisation_words,
            known: Vec::new(),
            events: 0,
            last_person: None,
            last_any: None,
        }
    }

    /// Registers a proper name and returns its canonical form ("Kerry" → "John Kerry").
    pub fn name(&mut self, name: &str) -> String {
        self.events += 1;
        let words: Vec<&str> = name.split_whitespace().collect();
        let found = self.known.iter().position(|k| {
            if k.name == name {
                return true;
            }
            let kw: Vec<&str> = k.name.split_whitespace().collect();
            words.len() == 1
                && kw.len() > 1
                && (kw.last() == words.first() || kw.first() == words.first())
        });
        let organisation = words
            .iter()
            .any(|w| self.organisation_words.contains(&w.to_lowercase().as_str()));
        let idx = match found {
            Some(i) => i,
            None => {
                self.known.push(Known {
                    name: name.to_string(),
                    organisation,
                    titles: Vec::new(),
                    seen: 0,
                });
                self.known.len() - 1
            }
        };
        self.known[idx].seen = self.events;
        if !self.known[idx].organisation {
            self.last_person = Some(idx);
        }
        self.last_any = Some(idx);
        self.known[idx].name.clone()
    }

    /// Records the title words that stood before a canonical name.
    pub fn titled(&mut self, name: &str, titles: impl Iterator<Item = String>) {
        if let Some(k) = self.known.iter_mut().find(|k| k.name == name) {
            for t in titles {
                if !k.titles.contains(&t) {
                    k.titles.push(t);
                }
            }
        }
    }

    /// The person last named with this title ("the minister" after "Health Minister Ana
    /// Costa").
    pub fn by_title(&self, title: &str) -> Option<&str> {
        self.known
            .iter()
            .filter(|k| k.titles.iter().any(|t| t == title))
            .max_by_key(|k| k.seen)
            .map(|k| k.name.as_str())
    }

    pub fn latest(&self, person: bool) -> Option<&str> {
        let idx = if person {
            self.last_person
        } else {
            self.last_any
        };
        idx.map(|i| self.known[i].name.as_str())
    }
}
