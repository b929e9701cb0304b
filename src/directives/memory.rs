//! The speaker memory (coreference across sentences): every named speaker seen so far, with
//! the titles it was named with, so that "Kerry", "the minister" and "he" find "John Kerry".
//! The only mutable state of the directive rules.

use rustc_hash::FxHashMap as HashMap;

/// A named speaker seen so far.
struct Known {
    name: String,
    organisation: bool,
    /// Title words seen before the name ("minister" of "Health Minister Ana Costa").
    titles: Vec<String>,
    /// When it was last named (the memory's event count then).
    seen: usize,
}

/// How many named speakers the memory holds. When it is full, the half named longest ago
/// is forgotten: a text that names thousands of people (a phone book, a generated file)
/// keeps a bounded memory, where 20,000 names had taken 7 MB. No news report or book
/// chapter comes near it; a speaker named again after 2,048 others is new again.
const MAX_KNOWN: usize = 4096;

/// Speaker memory across sentences. Indexed by name, by the first and last word of every
/// name of two or more words, and by title, so each lookup costs the same however many
/// speakers a text names; at most [`MAX_KNOWN`] speakers.
pub(super) struct Memory {
    /// Index in `known` by full name. (The maps hold `u32`, as the vocabulary's do, so the
    /// WebAssembly module carries one map implementation for both.)
    by_name: HashMap<String, u32>,
    /// The first index in `known` of a name of two or more words whose first or last word
    /// this is.
    by_word: HashMap<String, u32>,
    /// The index in `known` of the person last seen with this title.
    by_title: HashMap<String, u32>,
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
            by_name: HashMap::default(),
            by_word: HashMap::default(),
            by_title: HashMap::default(),
            organisation_words,
            known: Vec::new(),
            events: 0,
            last_person: None,
            last_any: None,
        }
    }

    /// Registers a proper name and returns its canonical form ("Kerry" → "John Kerry"): the
    /// first known speaker with this name, or, for one word, whose name of two or more words
    /// starts or ends with it.
    pub fn name(&mut self, name: &str) -> String {
        self.events += 1;
        let words: Vec<&str> = name.split_whitespace().collect();
        let exact = self.by_name.get(name).map(|&i| i as usize);
        let partial = match words.as_slice() {
            [one] => self.by_word.get(*one).map(|&i| i as usize),
            _ => None,
        };
        let found = match (exact, partial) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let idx = match found {
            Some(i) => i,
            None => self.add(name, &words),
        };
        self.known[idx].seen = self.events;
        for t in &self.known[idx].titles {
            match self.by_title.get_mut(t) {
                Some(holder) => *holder = idx as u32,
                None => {
                    self.by_title.insert(t.clone(), idx as u32);
                }
            }
        }
        if !self.known[idx].organisation {
            self.last_person = Some(idx);
        }
        self.last_any = Some(idx);
        self.known[idx].name.clone()
    }

    /// A new known speaker, indexed.
    fn add(&mut self, name: &str, words: &[&str]) -> usize {
        if self.known.len() >= MAX_KNOWN {
            self.forget();
        }
        let idx = self.known.len();
        let organisation =
            (words.iter()).any(|w| self.organisation_words.contains(&w.to_lowercase().as_str()));
        self.known.push(Known {
            name: name.to_string(),
            organisation,
            titles: Vec::new(),
            seen: 0,
        });
        self.index(idx);
        idx
    }

    /// Puts `known[idx]`'s name and words in the indexes (an earlier speaker keeps them).
    fn index(&mut self, idx: usize) {
        let name = &self.known[idx].name;
        self.by_name.entry(name.clone()).or_insert(idx as u32);
        let mut words = name.split_whitespace();
        if let (Some(first), Some(last)) = (words.next(), words.next_back()) {
            self.by_word.entry(first.to_string()).or_insert(idx as u32);
            self.by_word.entry(last.to_string()).or_insert(idx as u32);
        }
    }

    /// Forgets the half of the speakers named longest ago; the others keep their order (the
    /// first known keeps a shared word) and their titles. Linear in the memory's size, once
    /// every `MAX_KNOWN / 2` new speakers.
    fn forget(&mut self) {
        let mut seen: Vec<usize> = self.known.iter().map(|k| k.seen).collect();
        let half = seen.len() / 2;
        seen.sort_unstable();
        let cut = seen[half];
        let old = std::mem::take(&mut self.known);
        let mut new_index = vec![u32::MAX; old.len()];
        for (i, k) in old.into_iter().enumerate() {
            if k.seen >= cut && self.known.len() < MAX_KNOWN / 2 {
                new_index[i] = self.known.len() as u32;
                self.known.push(k);
            }
        }
        let moved =
            |i: Option<usize>| i.and_then(|i| Some(new_index[i]).filter(|&n| n != u32::MAX));
        self.last_person = moved(self.last_person).map(|n| n as usize);
        self.last_any = moved(self.last_any).map(|n| n as usize);
        self.by_name.clear();
        self.by_word.clear();
        self.by_title.clear();
        for idx in 0..self.known.len() {
            self.index(idx);
            for t in &self.known[idx].titles {
                let newer = (self.by_title.get(t))
                    .is_none_or(|&h| self.known[h as usize].seen <= self.known[idx].seen);
                if newer {
                    self.by_title.insert(t.clone(), idx as u32);
                }
            }
        }
    }

    /// Records the title words that stood before a canonical name.
    pub fn titled(&mut self, name: &str, titles: impl Iterator<Item = String>) {
        let Some(idx) = self.by_name.get(name).map(|&i| i as usize) else {
            return;
        };
        for t in titles {
            if !self.known[idx].titles.contains(&t) {
                // The person seen last with the title keeps it.
                let newer = (self.by_title.get(&t))
                    .is_none_or(|&h| self.known[h as usize].seen <= self.known[idx].seen);
                if newer {
                    self.by_title.insert(t.clone(), idx as u32);
                }
                self.known[idx].titles.push(t);
            }
        }
    }

    /// The person last named with this title ("the minister" after "Health Minister Ana
    /// Costa").
    pub fn by_title(&self, title: &str) -> Option<&str> {
        self.by_title
            .get(title)
            .map(|&i| self.known[i as usize].name.as_str())
    }

    /// The latest speaker if it is an organisation ("they" after "the ministry"; after a
    /// person, "they" is a group never named).
    pub fn latest_group(&self) -> Option<&str> {
        let k = &self.known[self.last_any?];
        k.organisation.then_some(k.name.as_str())
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A memory past `MAX_KNOWN` speakers forgets the ones named longest ago and keeps
    /// resolving the recent ones, their short names and titles included.
    #[test]
    fn a_full_memory_forgets_the_oldest_half() {
        let mut m = Memory::new(&[]);
        assert_eq!(m.name("John Kerry"), "John Kerry");
        m.titled("John Kerry", std::iter::once("secretary".to_string()));
        for i in 0..MAX_KNOWN + 10 {
            m.name(&format!("Person{i} Surname{i}"));
            if i % 100 == 0 {
                // Named again now and then: recent, so kept.
                m.name("Kerry");
            }
        }
        assert!(m.known.len() <= MAX_KNOWN);
        assert_eq!(m.name("Kerry"), "John Kerry");
        assert_eq!(m.by_title("secretary"), Some("John Kerry"));
        let last = format!("Surname{}", MAX_KNOWN + 9);
        assert_eq!(m.name(&last), format!("Person{} {last}", MAX_KNOWN + 9));
        // The first speakers, never named again, are forgotten: a new speaker now.
        assert_eq!(m.name("Surname0"), "Surname0");
    }
}
