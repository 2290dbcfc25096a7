//! Gathering occupations from the files of the O*NET text release: each file adds one part
//! (tasks, tools, skills, education, job zone, reported titles) to the occupations of
//! `Occupation Data.txt`. A missing optional file leaves its part empty, with a warning;
//! rows naming unknown occupations are counted and reported once per file.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use super::table::{Table, value};
use crate::error::Error;

/// Skills at or above this importance (O*NET's IM scale, 1 to 5) become items; 3 is
/// "Important" on that scale.
pub const SKILL_IMPORTANCE_CUTOFF: f64 = 3.0;

/// One tool or technology with the commodity it is listed under.
#[derive(Debug, Clone, PartialEq)]
pub struct Tool {
    /// The example's name (`Python`).
    pub name: String,
    /// The commodity title (`Object or component oriented development software`).
    pub category: String,
    /// Flagged as a hot technology.
    pub is_hot: bool,
    /// Flagged as in demand.
    pub is_in_demand: bool,
}

/// What the release says about one occupation.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Occupation {
    /// The O*NET-SOC code (`15-2051.00`).
    pub code: String,
    /// The title (`Data Scientists`).
    pub title: String,
    /// The description.
    pub description: String,
    /// Every task statement.
    pub tasks: Vec<String>,
    /// Technology skills, then tools used.
    pub tools: Vec<Tool>,
    /// Skills at or above the cut-off, with importance normalised to 0..1.
    pub skills: Vec<(String, f64)>,
    /// The most common required level of education: (category, share of respondents).
    pub education: Option<(u32, f64)>,
    /// The job zone, 1 to 5.
    pub job_zone: Option<u32>,
    /// Reported job titles.
    pub reported_titles: Vec<String>,
}

/// Everything read from a release folder.
#[derive(Debug, Default)]
pub struct Release {
    /// Occupations by code.
    pub occupations: BTreeMap<String, Occupation>,
    /// Labels of the required-level-of-education categories.
    pub education_labels: HashMap<u32, String>,
    /// Names and education texts of the job zones.
    pub job_zones: HashMap<u32, (String, String)>,
    /// The release's name (`O*NET 30.1 Database, December 2025 Release`).
    pub version: String,
    /// Problems that did not stop the import.
    pub warnings: Vec<String>,
}

/// Reads the release in `dir`.
pub fn read_release(dir: &Path) -> Result<Release, Error> {
    let occupation_data =
        Table::read(&dir.join("Occupation Data.txt"))?.ok_or_else(|| Error::NotOnet {
            path: dir.to_owned(),
        })?;
    let mut release = Release {
        version: version(dir),
        ..Release::default()
    };
    read_occupations(&occupation_data, &mut release)?;
    let parts: [(&str, &str, Reader); 9] = [
        ("Task Statements.txt", "responsibilities", read_tasks),
        (
            "Technology Skills.txt",
            "technology skills",
            read_technology,
        ),
        ("Tools Used.txt", "tools used", read_tools),
        ("Skills.txt", "skills", read_skills),
        (
            "Education, Training, and Experience.txt",
            "education",
            read_education,
        ),
        (
            "Education, Training, and Experience Categories.txt",
            "education labels",
            read_education_labels,
        ),
        ("Job Zones.txt", "job zones", read_job_zones),
        (
            "Sample of Reported Titles.txt",
            "reported titles as aliases",
            read_titles,
        ),
        (
            "Alternate Titles.txt",
            "alternate titles as aliases",
            read_alternate_titles,
        ),
    ];
    for (file, part, reader) in parts {
        match Table::read(&dir.join(file))? {
            Some(table) => {
                let unknown = reader(&table, &mut release)?;
                if let Some((count, first_line, code)) = unknown {
                    let rows = if count == 1 {
                        "1 row names an occupation"
                    } else {
                        "rows name occupations"
                    };
                    let count = if count == 1 {
                        String::new()
                    } else {
                        format!("{count} ")
                    };
                    release.warnings.push(format!(
                        "{file}: {count}{rows} missing from Occupation Data.txt (first: line {first_line}, {}); skipped",
                        crate::error::snippet(&code)
                    ));
                }
            }
            None => release
                .warnings
                .push(format!("{file} is missing: the roles have no {part}")),
        }
    }
    if let Some(table) = Table::read(&dir.join("Job Zone Reference.txt"))? {
        read_job_zone_reference(&table, &mut release)?;
    }
    Ok(release)
}

/// Reads one detail file into the release; returns (count, first line, code) of rows whose
/// occupation is unknown.
type Reader = fn(&Table, &mut Release) -> Result<Option<(usize, usize, String)>, Error>;

/// Tracks rows that name unknown occupations.
#[derive(Default)]
struct Unknown(Option<(usize, usize, String)>);

impl Unknown {
    fn note(&mut self, line: usize, code: &str) {
        match &mut self.0 {
            Some((count, _, _)) => *count += 1,
            None => self.0 = Some((1, line, code.to_owned())),
        }
    }
}

fn version(dir: &Path) -> String {
    let text = std::fs::read_to_string(dir.join("Read Me.txt")).unwrap_or_default();
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .take(2)
        .collect();
    match lines.as_slice() {
        [name, release] if name.starts_with("O*NET") && release.contains("Release") => {
            format!("{name}, {release}")
        }
        [name, ..] if name.starts_with("O*NET") => (*name).to_owned(),
        _ => "O*NET Database".to_owned(),
    }
}

fn read_occupations(table: &Table, release: &mut Release) -> Result<(), Error> {
    let (code, title, description) = (
        table.column("O*NET-SOC Code")?,
        table.column("Title")?,
        table.column("Description")?,
    );
    let mut first_lines: HashMap<String, usize> = HashMap::new();
    for (line, fields) in table.rows() {
        let Some(code) = value(&fields[code]) else {
            return Err(table.error_at(line, "the O*NET-SOC code is empty".to_owned()));
        };
        // Two rows of one code would write one role file over the other.
        if let Some(first) = first_lines.insert(code.to_owned(), line) {
            return Err(table.error_at(
                line,
                format!(
                    "the O*NET-SOC code `{}` is also on line {first}; each occupation needs a code of its own",
                    crate::error::snippet(code)
                ),
            ));
        }
        let occupation = Occupation {
            code: code.to_owned(),
            title: value(&fields[title]).unwrap_or(code).to_owned(),
            description: value(&fields[description]).unwrap_or_default().to_owned(),
            ..Occupation::default()
        };
        release.occupations.insert(code.to_owned(), occupation);
    }
    Ok(())
}

/// Calls `add` with the occupation of each row, counting rows of unknown occupations.
fn each_row(
    table: &Table,
    release: &mut Release,
    mut add: impl FnMut(&mut Occupation, usize, &[String]) -> Result<(), Error>,
) -> Result<Option<(usize, usize, String)>, Error> {
    let code_column = table.column("O*NET-SOC Code")?;
    let mut unknown = Unknown::default();
    for (line, fields) in table.rows() {
        let code = fields[code_column].trim();
        match release.occupations.get_mut(code) {
            Some(occupation) => add(occupation, line, fields)?,
            None => unknown.note(line, code),
        }
    }
    Ok(unknown.0)
}

fn read_tasks(
    table: &Table,
    release: &mut Release,
) -> Result<Option<(usize, usize, String)>, Error> {
    let task = table.column("Task")?;
    each_row(table, release, |occupation, _, fields| {
        if let Some(text) = value(&fields[task]) {
            occupation.tasks.push(text.to_owned());
        }
        Ok(())
    })
}

fn read_technology(
    table: &Table,
    release: &mut Release,
) -> Result<Option<(usize, usize, String)>, Error> {
    let (example, commodity, hot, demand) = (
        table.column("Example")?,
        table.column("Commodity Title")?,
        table.column("Hot Technology")?,
        table.column("In Demand")?,
    );
    each_row(table, release, |occupation, _, fields| {
        push_tool(
            occupation,
            &fields[example],
            &fields[commodity],
            value(&fields[hot]) == Some("Y"),
            value(&fields[demand]) == Some("Y"),
        );
        Ok(())
    })
}

fn read_tools(
    table: &Table,
    release: &mut Release,
) -> Result<Option<(usize, usize, String)>, Error> {
    let (example, commodity) = (table.column("Example")?, table.column("Commodity Title")?);
    each_row(table, release, |occupation, _, fields| {
        push_tool(
            occupation,
            &fields[example],
            &fields[commodity],
            false,
            false,
        );
        Ok(())
    })
}

fn push_tool(
    occupation: &mut Occupation,
    name: &str,
    category: &str,
    is_hot: bool,
    is_in_demand: bool,
) {
    if let Some(name) = value(name) {
        let category = value(category).unwrap_or("Other").to_owned();
        occupation.tools.push(Tool {
            name: name.to_owned(),
            category,
            is_hot,
            is_in_demand,
        });
    }
}

fn read_skills(
    table: &Table,
    release: &mut Release,
) -> Result<Option<(usize, usize, String)>, Error> {
    let (name, scale, data) = (
        table.column("Element Name")?,
        table.column("Scale ID")?,
        table.column("Data Value")?,
    );
    let unknown = each_row(table, release, |occupation, line, fields| {
        if value(&fields[scale]) != Some("IM") {
            return Ok(());
        }
        let Some(importance) = number(table, line, &fields[data])? else {
            return Ok(());
        };
        if importance >= SKILL_IMPORTANCE_CUTOFF
            && let Some(name) = value(&fields[name])
        {
            // The IM scale runs from 1 to 5; 0..1 is what role files use.
            let normalised = ((importance - 1.0) / 4.0).clamp(0.0, 1.0);
            occupation
                .skills
                .push((name.to_owned(), (normalised * 100.0).round() / 100.0));
        }
        Ok(())
    })?;
    for occupation in release.occupations.values_mut() {
        occupation.skills.sort_by(|x, y| y.1.total_cmp(&x.1));
    }
    Ok(unknown)
}

fn read_education(
    table: &Table,
    release: &mut Release,
) -> Result<Option<(usize, usize, String)>, Error> {
    let (scale, category, data) = (
        table.column("Scale ID")?,
        table.column("Category")?,
        table.column("Data Value")?,
    );
    each_row(table, release, |occupation, line, fields| {
        if value(&fields[scale]) != Some("RL") {
            return Ok(());
        }
        let (Some(share), Some(category)) = (
            number(table, line, &fields[data])?,
            number(table, line, &fields[category])?,
        ) else {
            return Ok(());
        };
        // The most common level wins; on a tie, the lower level.
        if occupation.education.is_none_or(|(_, best)| share > best) {
            occupation.education = Some((category as u32, share));
        }
        Ok(())
    })
}

fn read_education_labels(
    table: &Table,
    release: &mut Release,
) -> Result<Option<(usize, usize, String)>, Error> {
    let (scale, category, description) = (
        table.column("Scale ID")?,
        table.column("Category")?,
        table.column("Category Description")?,
    );
    for (line, fields) in table.rows() {
        if value(&fields[scale]) == Some("RL")
            && let (Some(category), Some(text)) = (
                number(table, line, &fields[category])?,
                value(&fields[description]),
            )
        {
            release
                .education_labels
                .insert(category as u32, text.to_owned());
        }
    }
    Ok(None)
}

fn read_job_zones(
    table: &Table,
    release: &mut Release,
) -> Result<Option<(usize, usize, String)>, Error> {
    let zone = table.column("Job Zone")?;
    each_row(table, release, |occupation, line, fields| {
        occupation.job_zone = number(table, line, &fields[zone])?.map(|zone| zone as u32);
        Ok(())
    })
}

fn read_job_zone_reference(table: &Table, release: &mut Release) -> Result<(), Error> {
    let (zone, name, education) = (
        table.column("Job Zone")?,
        table.column("Name")?,
        table.column("Education")?,
    );
    for (line, fields) in table.rows() {
        if let Some(zone) = number(table, line, &fields[zone])? {
            let text = |column: usize| value(&fields[column]).unwrap_or_default().to_owned();
            release
                .job_zones
                .insert(zone as u32, (text(name), text(education)));
        }
    }
    Ok(())
}

fn read_titles(
    table: &Table,
    release: &mut Release,
) -> Result<Option<(usize, usize, String)>, Error> {
    let title = table.column("Reported Job Title")?;
    each_row(table, release, |occupation, _, fields| {
        if let Some(title) = value(&fields[title]) {
            occupation.reported_titles.push(title.to_owned());
        }
        Ok(())
    })
}

/// The alternate titles of each occupation (and their short forms), after its reported
/// titles: the names people search by.
fn read_alternate_titles(
    table: &Table,
    release: &mut Release,
) -> Result<Option<(usize, usize, String)>, Error> {
    let title = table.column("Alternate Title")?;
    let short = table.column("Short Title")?;
    each_row(table, release, |occupation, _, fields| {
        for column in [title, short] {
            if let Some(title) = value(&fields[column]) {
                occupation.reported_titles.push(title.to_owned());
            }
        }
        Ok(())
    })
}

/// A number field, `None` for `n/a`; anything else is a malformed row.
fn number(table: &Table, line: usize, field: &str) -> Result<Option<f64>, Error> {
    match value(field) {
        None => Ok(None),
        Some(text) => text.parse::<f64>().map(Some).map_err(|_| {
            table.error_at(
                line,
                format!("`{}` is not a number", crate::error::snippet(text)),
            )
        }),
    }
}
