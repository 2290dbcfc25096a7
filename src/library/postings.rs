//! Job postings read with what the library knows: the tools, certifications and industries
//! of every role, and the vocabulary's programming languages and certifications.

use std::path::Path;
use std::sync::Arc;

use super::Library;
use crate::error::Error;
use crate::matching::Vocabulary;
use crate::role::Role;
use crate::role::posting::{KnownNames, read_posting};
use crate::role::section::Section;

impl Library {
    /// Reads the posting `bytes` (from `path`) as the role `id`; what could not be read in
    /// it becomes a warning.
    pub(super) fn read_posting(
        &mut self,
        bytes: &[u8],
        path: &Path,
        id: &str,
    ) -> Result<Role, Error> {
        if self.known_names.is_none() {
            self.known_names = Some(Arc::new(self.known_names()?));
        }
        let known = self.known_names.as_ref().expect("set above");
        let posting = read_posting(bytes, path, id, known)?;
        for warning in posting.warnings {
            self.warnings.push(format!("{}: {warning}", path.display()));
        }
        let mut role = posting.role;
        role.source = crate::role::Source::File(path.to_owned());
        self.postings.push(role.source.clone());
        Ok(role)
    }

    /// The names the postings read so far were read with, if any was: `compare` and `gap`
    /// then find them in items as concepts.
    #[must_use]
    pub fn posting_names(&self) -> Option<Arc<KnownNames>> {
        self.known_names.clone()
    }

    /// Every name a posting may mention: the library's first, then the vocabulary's.
    pub fn known_names(&mut self) -> Result<KnownNames, Error> {
        let vocabulary = self.vocabulary()?;
        let roles = self.load_all();
        Ok(known_names_of(&roles, &vocabulary))
    }
}

/// Every name a posting may mention among `roles` (their tools, certifications and
/// industries, with their `aka`) and in `vocabulary` (its programming languages and
/// certifications), the roles' first.
#[must_use]
pub fn known_names_of(roles: &[Role], vocabulary: &Vocabulary) -> KnownNames {
    let from_roles = roles.iter().flat_map(|role| {
        let tools = role.tools.0.iter().map(|tool| (&tool.item, Section::Tools));
        let certifications = role
            .certifications
            .iter()
            .map(|item| (item, Section::Certifications));
        let industries = role
            .industries
            .iter()
            .map(|item| (item, Section::Industries));
        tools
            .chain(certifications)
            .chain(industries)
            .flat_map(|(item, section)| {
                std::iter::once(item.name.as_str())
                    .chain(item.aka.iter().map(String::as_str))
                    .map(move |written| (written, item.name.as_str(), section))
            })
    });
    let from_vocabulary = [
        ("programming-language", Section::Tools),
        ("certification", Section::Certifications),
    ]
    .into_iter()
    .flat_map(|(kind, section)| {
        vocabulary
            .written_terms_of_kind(kind)
            .flat_map(move |terms| terms.iter().map(move |term| (&**term, &*terms[0], section)))
    });
    // Short forms after every tool's own name, so that a name never loses to a short form.
    let short = super::short_names::short_tool_names(roles, vocabulary);
    let short = short
        .iter()
        .map(|(written, tool)| (written.as_str(), tool.as_str(), Section::Tools));
    KnownNames::new(from_roles.chain(short).chain(from_vocabulary))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_vocabularys_languages_and_certifications_are_known_without_a_role() {
        let known = known_names_of(&[], &Vocabulary::built_in());
        let found: Vec<String> = known
            .find_in("Experience with Perl and Kotlin, and a CISSP or PMP.")
            .into_iter()
            .map(|(name, _)| name)
            .collect();
        for name in ["Perl", "Kotlin", "PMP"] {
            assert!(found.iter().any(|found| found == name), "{name}: {found:?}");
        }
    }
}
