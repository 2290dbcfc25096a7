//! The compared sections of a role, in the order every output lists them.

use std::fmt;

use serde::{Deserialize, Serialize};

/// One compared section of a role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Section {
    /// What the role does.
    Responsibilities,
    /// What the role needs to know or be able to do.
    Skills,
    /// Typical degrees and studies.
    Education,
    /// Certifications.
    Certifications,
    /// Tools and software.
    Tools,
    /// Industries where the role is common.
    Industries,
    /// Practical tips for getting started.
    Tips,
}

impl Section {
    /// Every section, in comparison order.
    pub const ALL: [Section; 7] = [
        Section::Responsibilities,
        Section::Skills,
        Section::Education,
        Section::Certifications,
        Section::Tools,
        Section::Industries,
        Section::Tips,
    ];

    /// The section's key in role files and outputs.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Section::Responsibilities => "responsibilities",
            Section::Skills => "skills",
            Section::Education => "education",
            Section::Certifications => "certifications",
            Section::Tools => "tools",
            Section::Industries => "industries",
            Section::Tips => "tips",
        }
    }
}

impl fmt::Display for Section {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
