//! Job postings read with what the library knows: the tools, certifications and industries
//! of every role, and the vocabulary's programming languages and certifications.

use std::path::Path;

use super::Library;
use crate::error::Error;
use crate::matching::Vocabulary;
use crate::role::Role;
use crate::role::posting::{KnownNames, read_posting};
use crate::role::section::Section;

impl Library {
    /// The built-in vocabulary extended by the `vocabulary.yaml` of every roles folder.
    pub fn vocabulary(&self) -> Result<Vocabulary, Error> {
        let mut vocabulary = Vocabulary::built_in();
        for path in self.vocabulary_files() {
            vocabulary.extend_from_file(path)?;
        }
        Ok(vocabulary)
    }

    /// Reads the posting `bytes` (from `path`) as the role `id`; what could not be read in
    /// it becomes a warning.
    pub(super) fn read_posting(
        &mut self,
        bytes: &[u8],
        path: &Path,
        id: &str,
    ) -> Result<Role, Error> {
        let known = self.known_names()?;
        let posting = read_posting(bytes, path, id, &known)?;
        for warning in posting.warnings {
            self.warnings.push(format!("{}: {warning}", path.display()));
        }
        let mut role = posting.role;
        role.source = crate::role::Source::File(path.to_owned());
        Ok(role)
    }

    /// Every name a posting may mention: the library's first, then the vocabulary's.
    fn known_names(&mut self) -> Result<KnownNames, Error> {
        let mut known = KnownNames::default();
        for role in self.load_all() {
            for tool in &role.tools.0 {
                add_item(&mut known, &tool.item, Section::Tools);
            }
            for item in &role.certifications {
                add_item(&mut known, item, Section::Certifications);
            }
            for item in &role.industries {
                add_item(&mut known, item, Section::Industries);
            }
        }
        let vocabulary = self.vocabulary()?;
        for (kind, section) in [
            ("programming-language", Section::Tools),
            ("certification", Section::Certifications),
        ] {
            for terms in vocabulary.written_terms_of_kind(kind) {
                if let Some(first) = terms.first() {
                    for term in terms {
                        known.add(term, first, section);
                    }
                }
            }
        }
        Ok(known)
    }
}

fn add_item(known: &mut KnownNames, item: &crate::role::Item, section: Section) {
    known.add(&item.name, &item.name, section);
    for other in &item.aka {
        known.add(other, &item.name, section);
    }
}
