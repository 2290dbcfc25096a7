//! The role file of one occupation, as YAML in the role file format.

use std::collections::BTreeMap;

use serde::Serialize;

use super::occupations::{Occupation, Release, SKILL_IMPORTANCE_CUTOFF};
use crate::text::normalize;

/// An item as written: a plain string, or a mapping when it carries importance or a note.
#[derive(Serialize)]
#[serde(untagged)]
enum ItemOut {
    Plain(String),
    Full {
        name: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        importance: Option<f64>,
        #[serde(skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
}

#[derive(Serialize)]
struct RoleOut<'a> {
    title: &'a str,
    aliases: &'a [&'a str],
    #[serde(skip_serializing_if = "<[&str]>::is_empty")]
    also_called: &'a [&'a str],
    #[serde(skip_serializing_if = "str::is_empty")]
    summary: &'a str,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    responsibilities: &'a [String],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    skills: Vec<ItemOut>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    education: Vec<ItemOut>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    tools: BTreeMap<&'a str, Vec<ItemOut>>,
    sources: Vec<String>,
}

/// The YAML of the role file for `occupation`, with `aliases` (its code first) and the
/// titles it shares with other occupations.
#[must_use]
pub fn role_yaml(
    occupation: &Occupation,
    aliases: &[&str],
    also_called: &[&str],
    release: &Release,
) -> String {
    let role = RoleOut {
        title: &occupation.title,
        aliases,
        also_called,
        summary: &occupation.description,
        responsibilities: &occupation.tasks,
        skills: occupation
            .skills
            .iter()
            .map(|(name, importance)| ItemOut::Full {
                name: name.clone(),
                importance: Some(*importance),
                note: None,
            })
            .collect(),
        education: education(occupation, release),
        tools: tools(occupation),
        sources: sources(occupation, release),
    };
    let yaml = serde_yaml::to_string(&role).unwrap_or_default();
    format!(
        "# Imported from the {} by rolediff import onet.\n{yaml}",
        release.version
    )
}

/// Tools by commodity title; a tool listed twice is kept once, under its first listing.
fn tools(occupation: &Occupation) -> BTreeMap<&str, Vec<ItemOut>> {
    let mut seen = std::collections::HashSet::new();
    let mut tools: BTreeMap<&str, Vec<ItemOut>> = BTreeMap::new();
    for tool in &occupation.tools {
        if !seen.insert(normalize(&tool.name)) {
            continue;
        }
        let flags: Vec<&str> = [
            (tool.is_hot, "hot technology"),
            (tool.is_in_demand, "in demand"),
        ]
        .into_iter()
        .filter_map(|(is_set, label)| is_set.then_some(label))
        .collect();
        let item = if flags.is_empty() {
            ItemOut::Plain(tool.name.clone())
        } else {
            ItemOut::Full {
                name: tool.name.clone(),
                importance: None,
                note: Some(flags.join(", ")),
            }
        };
        tools.entry(tool.category.as_str()).or_default().push(item);
    }
    tools
}

/// The most common required level of education, then the job zone.
fn education(occupation: &Occupation, release: &Release) -> Vec<ItemOut> {
    let mut items = Vec::new();
    if let Some((category, share)) = occupation.education {
        let label = release
            .education_labels
            .get(&category)
            .cloned()
            .unwrap_or_else(|| format!("Required level of education {category}"));
        // "High School Diploma - or the equivalent (for example, GED)": name, then detail.
        let (name, detail) = label
            .split_once(" - ")
            .map_or((label.as_str(), None), |(name, detail)| {
                (name, Some(detail))
            });
        let mut note =
            format!("most common required level of education ({share:.0}% of respondents)");
        if let Some(detail) = detail {
            note = format!("{note}; {detail}");
        }
        items.push(ItemOut::Full {
            name: name.trim().to_owned(),
            importance: None,
            note: Some(note),
        });
    }
    if let Some(zone) = occupation.job_zone {
        let (name, text) = release
            .job_zones
            .get(&zone)
            .cloned()
            .unwrap_or_else(|| (format!("Job Zone {zone}"), String::new()));
        let note = (!text.is_empty()).then_some(text);
        items.push(ItemOut::Full {
            name,
            importance: None,
            note,
        });
    }
    items
}

/// The attribution the license asks for, and the occupation it describes.
fn sources(occupation: &Occupation, release: &Release) -> Vec<String> {
    vec![
        format!(
            "{}: O*NET-SOC {} {}",
            release.version, occupation.code, occupation.title
        ),
        format!(
            "{} by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license (https://www.onetcenter.org/license_db.html). O*NET® is a trademark of USDOL/ETA.",
            release.version
        ),
        format!(
            "Modified: converted into a rolediff role file (skills at or above importance {SKILL_IMPORTANCE_CUTOFF} of 5, importance rescaled to 0-1). USDOL/ETA has not approved, endorsed, or tested these modifications."
        ),
    ]
}
