//! A posting's lines put together into a role: the title, the summary, the items of each
//! section, and the names recognised anywhere.

use rustc_hash::FxHashSet;

use super::duties::{is_job_line, is_job_title_line};
use super::headings::{
    Part, continues_label, degree_and_years, duty_section, history_section, inline_label,
    is_boilerplate, is_wish, labelled_list, labelled_section, list_of_names, marked_clauses,
    part_of_bare_heading, part_of_heading, prose_section, requirement_section,
    states_years_of_work, unheaded_section, unnamed_vote,
};
use super::lines::{Line, classify, is_contact_line};
use super::lists::ItemList;
use super::{KnownNames, Posting};
use crate::role::section::Section;
use crate::role::{Item, Role, Tool, Tools};

/// Where the walk through a posting's lines is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Place {
    /// Before the first heading: paragraphs are the summary.
    Preamble,
    Part(Part),
    /// Under a heading that names no section.
    Unnamed,
}

/// The importance of a "nice to have" item: half that of a requirement.
const PREFERRED_IMPORTANCE: f64 = 0.5;

/// The longest first line taken as a title, in characters.
const MAX_TITLE_CHARS: usize = 100;

/// The role a posting's text describes; `id` is its id and fallback title.
pub fn posting(text: &str, id: &str, known: &KnownNames) -> Posting {
    let lines = classify(&super::html::as_text(text));
    let title_line = title_line(&lines);
    let mut reader = Reader {
        title_words: title_line
            .and_then(|index| line_text(&lines[index]))
            .map(title_words)
            .unwrap_or_default(),
        ..Reader::default()
    };
    let mut place = Place::Preamble;
    // Whether the last bullet ended a sentence: then an indented line in capitals after it
    // is a line of its own ("Produce documentation." then " BS in Computer Science").
    let mut bullet_ended = false;
    for (index, line) in lines.iter().enumerate() {
        if Some(index) == title_line {
            continue;
        }
        match line {
            Line::Blank => reader.end_paragraph(),
            Line::Heading { text } => {
                reader.end_paragraph();
                reader.sort_unnamed(known);
                place = match part_of_heading(text) {
                    // "Additional information" heads more of what was being read:
                    // templates put requirements under it as often as notices.
                    Some(Part::Other) => place,
                    // A CV's job as a heading of its own ("### Analyst — Acme (2019–2023)")
                    // is in the work history.
                    None if place == Place::Part(Part::History) && is_job_line(text) => place,
                    Some(part) => {
                        reader.named_sections += 1;
                        Place::Part(part)
                    }
                    None => Place::Unnamed,
                };
            }
            Line::Bullet { text } => {
                reader.end_paragraph();
                for clause in clauses(place, text) {
                    reader.item(place, clause, known);
                }
                reader.in_bullet = true;
                bullet_ended = text.trim_end().ends_with(['.', '!', '?']);
            }
            // A job's title on a line of its own in a CV, its dates on the next ("Staff
            // Nurse, Medical-Surgical Unit"), is no item, as the job line is none.
            Line::Text { text, .. }
                if place == Place::Part(Part::History)
                    && heads_a_job(text, lines.get(index + 1)) =>
            {
                reader.end_paragraph();
            }
            Line::Text { text, indented } => {
                let goes_on = !(bullet_ended && text.starts_with(char::is_uppercase));
                if reader.in_bullet && *indented && goes_on {
                    reader.continue_item(text, place, known);
                } else {
                    reader.text(place, text, known);
                }
            }
        }
    }
    reader.end_paragraph();
    reader.sort_unnamed(known);
    let title = title_line.and_then(|index| line_text(&lines[index]).map(title_of));
    reader.finish(title, id)
}

/// The line that holds the title: the first heading or line, unless it is a section's
/// heading ("Job description") or reads as a sentence.
fn title_line(lines: &[Line]) -> Option<usize> {
    let (index, text) = lines
        .iter()
        .enumerate()
        .find_map(|(index, line)| match line {
            Line::Blank => None,
            Line::Heading { text } if part_of_bare_heading(text).is_some() => None,
            other => line_text(other).map(|text| (index, text)),
        })?;
    let looks_like_title = !matches!(lines[index], Line::Bullet { .. })
        && text.chars().count() <= MAX_TITLE_CHARS
        && !text.ends_with('.');
    looks_like_title.then_some(index)
}

/// Whether a line of a CV's history is a job's title whose dates are on the next line.
fn heads_a_job(text: &str, next: Option<&Line>) -> bool {
    is_job_title_line(text)
        && matches!(next, Some(Line::Text { text: next, .. }) if is_job_line(next))
}

fn line_text(line: &Line) -> Option<&str> {
    match line {
        Line::Blank => None,
        Line::Heading { text } | Line::Bullet { text } | Line::Text { text, .. } => Some(text),
    }
}

/// A title without the labels people put before it ("Job title: ...").
fn title_of(text: &str) -> String {
    let lower = text.to_lowercase();
    for label in ["job title:", "position:", "title:", "role:", "job:"] {
        if lower.starts_with(label) {
            return text[label.len()..].trim().to_owned();
        }
    }
    text.trim().to_owned()
}

/// The words of a title that may name the role as a subject of prose: its content words in
/// lower case ("Dental Hygienist - Part Time": `dental`, `hygienist`, `part`, `time`).
fn title_words(title: &str) -> Vec<String> {
    crate::text::tokens(title)
        .into_iter()
        .filter(|word| !crate::text::is_stop_word(word))
        .collect()
}

/// What has been read so far.
#[derive(Debug, Default)]
struct Reader {
    summary: Vec<String>,
    paragraph: Vec<String>,
    sections: Vec<(Section, Item)>,
    tools: Vec<Item>,
    /// Unheaded paragraphs after the first: sorted into items if no heading names a section.
    unheaded_text: Vec<String>,
    named_sections: usize,
    /// Lines under headings that name no section, sorted by their wording.
    unnamed_items: usize,
    /// The items of the block under a heading that names no section, sorted together
    /// when it ends ([`Reader::sort_unnamed`]).
    unnamed: Vec<String>,
    in_bullet: bool,
    /// Whether the paragraph being read stands before any heading: its sentences that
    /// say what the role does or asks are items ([`Reader::sort_prose`]).
    paragraph_in_preamble: bool,
    /// The names recognised in the text, each with its section and whether it was only
    /// wished for (in a nice-to-have item).
    recognised: Vec<(String, Section, bool)>,
    /// The words of the posting's title ([`title_words`]).
    title_words: Vec<String>,
}

impl Reader {
    fn end_paragraph(&mut self) {
        self.in_bullet = false;
        if self.paragraph.is_empty() {
            return;
        }
        if self.paragraph_in_preamble {
            let lines = std::mem::take(&mut self.paragraph);
            self.sort_prose(&lines);
            return;
        }
        let lines = std::mem::take(&mut self.paragraph);
        let paragraph = self.take_summary_items(&lines);
        if paragraph.is_empty() {
            return;
        }
        if self.summary.is_empty() {
            self.summary.push(paragraph);
        } else {
            self.unheaded_text.push(paragraph);
        }
    }

    /// Takes the sentences of a paragraph under a heading of the summary that say what the
    /// role does ("About the role": "You will take models to production") as its
    /// responsibilities, and those that state years of work in something ("Analyst with
    /// six years in retail", a CV's profile; "someone with 5+ years of SQL", a posting's
    /// introduction) as skills, so that `gap` weighs them; the rest, as written, is the
    /// summary.
    fn take_summary_items(&mut self, lines: &[String]) -> String {
        let mut rest = Vec::new();
        for unit in units(lines) {
            for sentence in sentences(&unit) {
                let section = if inline_label(sentence).is_some() || is_boilerplate(sentence) {
                    None
                } else if self.prose_section(sentence) == Some(Section::Responsibilities) {
                    Some(Section::Responsibilities)
                } else {
                    states_years_of_work(sentence).then_some(Section::Skills)
                };
                match (section, item_text(sentence)) {
                    (Some(section), Some(text)) => self.sections.push((section, Item::named(text))),
                    _ => rest.push(sentence.to_owned()),
                }
            }
        }
        rest.join(" ")
    }

    /// Recognises the names in `text`; `wished` when the text is a nice-to-have item.
    /// Whether it names a certification.
    fn recognise(&mut self, text: &str, known: &KnownNames, wished: bool) -> bool {
        let found = known.find_with_choices(text);
        let certifies = found
            .iter()
            .any(|(_, section, _)| *section == Section::Certifications);
        // One tool of a choice ("Experience with SAP or Oracle") is not asked for by
        // itself: the item asks for one of them, and each is nice to have. (An industry
        // of a choice, "a degree in Accounting or Finance", is no tool asked for.)
        self.recognised
            .extend(found.into_iter().map(|(name, section, choice)| {
                let one_of_a_choice = choice && section == Section::Tools;
                (name, section, wished || one_of_a_choice)
            }));
        certifies
    }

    fn text(&mut self, place: Place, text: &str, known: &KnownNames) {
        self.in_bullet = false;
        // What is not the role (benefits, about us) is dropped by `item`, unread.
        match place {
            // A CV's contact details are no part of the role.
            Place::Preamble | Place::Part(Part::Summary) if is_contact_line(text) => {}
            Place::Preamble | Place::Part(Part::Summary) => {
                // Prose is sorted later, sentence by sentence: a name in a wish
                // ("Databricks is a plus") is wished for there too.
                for sentence in sentences(text) {
                    self.recognise(sentence, known, is_wish(sentence));
                }
                self.paragraph_in_preamble = place == Place::Preamble;
                self.paragraph.push(text.to_owned());
            }
            _ => {
                for sentence in sentences(text) {
                    self.item(place, sentence, known);
                }
            }
        }
    }

    fn item(&mut self, place: Place, text: &str, known: &KnownNames) {
        if place == Place::Unnamed {
            self.unnamed_items += 1;
            self.unnamed.push(text.to_owned());
            return;
        }
        // "Benefits: health, dental" or "Location: Remote" in a list is not the role either.
        let labelled_not_the_role =
            || inline_label(text).is_some_and(|(part, _)| part == Part::NotTheRole);
        if place == Place::Part(Part::NotTheRole) || is_boilerplate(text) || labelled_not_the_role()
        {
            return;
        }
        // "Bonus: service meshes": the label wishes for what follows it, the item.
        let (text, wish_label) = match inline_label(text) {
            Some((Part::Preferred, rest)) => (rest, true),
            _ => (text, false),
        };
        // Under a heading of duties, what asks of a person is a requirement all the same.
        let duty = (place == Place::Part(Part::Responsibilities)).then(|| duty_section(text));
        // A tool named in a wish ("Experience with Airflow is a plus") is wished for too.
        let wished = duty != Some(Section::Responsibilities)
            && (place == Place::Part(Part::Preferred) || wish_label || is_wish(text));
        let certifies = self.recognise(text, known, wished);
        let Some(text) = item_text(text) else {
            return;
        };
        // An item of a work history is sorted once, here: a CV's job line ("Analyst, Acme,
        // 2015 - 2019") is no item, whatever its commas.
        let history = if place == Place::Part(Part::History) {
            let Some(section) = history_section(&text) else {
                return;
            };
            Some(section)
        } else {
            None
        };
        let asks = matches!(
            place,
            Place::Part(Part::Requirements | Part::Preferred | Part::History)
        );
        if asks && self.names(place, &text, known) {
            return;
        }
        let (section, preferred) = match place {
            Place::Part(Part::Responsibilities) => {
                (duty.unwrap_or(Section::Responsibilities), false)
            }
            Place::Part(Part::History) => (history.unwrap_or(Section::Skills), false),
            Place::Part(Part::Requirements) => (asked_section(&text, certifies), false),
            Place::Part(Part::Preferred) => (asked_section(&text, certifies), true),
            Place::Part(Part::Education) => (Section::Education, false),
            Place::Part(Part::Certifications) => (Section::Certifications, false),
            Place::Part(Part::Tools) => {
                self.tools
                    .extend(list_entries(without_list_label(&text)).map(|name| named(known, name)));
                return;
            }
            Place::Part(Part::Industries) => {
                for name in list_entries(without_list_label(&text)) {
                    self.sections
                        .push((Section::Industries, named(known, name)));
                }
                return;
            }
            Place::Unnamed | Place::Preamble | Place::Part(Part::Summary) => {
                (unheaded_section(&text), false)
            }
            Place::Part(Part::NotTheRole | Part::Other) => return,
        };
        // A wish is a wish wherever it stands; what the role does is never one.
        let preferred =
            preferred || section != Section::Responsibilities && (wish_label || is_wish(&text));
        let mut item = shown(text);
        if preferred {
            mark_nice_to_have(&mut item);
        }
        self.sections.push((section, item));
    }

    /// Reads a requirement that names things rather than asks in words: wholly a known
    /// name (a CV's skills list `Excel`: a tool), or a line of names ("SQL (advanced),
    /// Python (pandas), data modelling": one item a name). Whether it was one.
    fn names(&mut self, place: Place, text: &str, known: &KnownNames) -> bool {
        if let Some((name, section)) = known.named(text) {
            let mut item = Item::named(name);
            if place == Place::Part(Part::Preferred) {
                mark_nice_to_have(&mut item);
            }
            match section {
                Section::Tools => self.tools.push(item),
                section => self.sections.push((section, item)),
            }
            return true;
        }
        let Some(entries) = labelled_list(text).or_else(|| list_of_names(text)) else {
            return false;
        };
        for entry in entries {
            self.item(place, entry, known);
        }
        true
    }

    /// Sorts the sentences of a paragraph of prose (its `lines` as written): those that say
    /// what the role does or asks become items, the others the summary. A line that ends a
    /// sentence or is followed by one starting in capitals stands alone, as the lines of
    /// an ad pasted without headings do ("Develop methods ..." then "Perform testing ...").
    fn sort_prose(&mut self, lines: &[String]) {
        let mut rest = Vec::new();
        for unit in units(lines) {
            // A label ("Requirements: ...") holds over its sentence, whose items are split
            // at `;`, and over the sentences after it that go on its list
            // ([`continues_label`]).
            let mut label = None;
            for written in sentences(&unit) {
                let sentence = if let Some((part, text)) = inline_label(written) {
                    label = Some(part);
                    text
                } else {
                    label = label.filter(|&part| continues_label(part, written, &self.title_words));
                    written
                };
                let sorted = match label {
                    _ if is_boilerplate(sentence) => None,
                    Some(Part::NotTheRole) => None,
                    Some(part) => labelled_section(part, sentence)
                        .or_else(|| self.prose_section(sentence).map(|section| (section, false))),
                    // A sentence of years of work ("Data professional with eight years in
                    // insurance", a CV's opening line) is a skill, as under a summary's heading.
                    None => self
                        .prose_section(sentence)
                        .or_else(|| states_years_of_work(sentence).then_some(Section::Skills))
                        .map(|section| (section, false)),
                };
                match (sorted, item_text(sentence)) {
                    (Some((section, wished)), Some(text)) => {
                        for (section, text) in asked_apart(section, text) {
                            let mut item = shown(text);
                            if wished || section != Section::Responsibilities && is_wish(&item.name)
                            {
                                mark_nice_to_have(&mut item);
                            }
                            self.sections.push((section, item));
                        }
                    }
                    // What is no item stays as written, its label too ("Schedule: ...").
                    _ => rest.push(written.to_owned()),
                }
            }
        }
        if !rest.is_empty() {
            self.summary.push(rest.join(" "));
        }
    }

    /// The section a sentence of prose belongs to by its wording, the posting's own title
    /// naming the role as a subject ([`prose_section`]).
    fn prose_section(&self, sentence: &str) -> Option<Section> {
        prose_section(sentence, &self.title_words)
    }

    /// Sorts the block under a heading that names no section ("What makes you shine",
    /// "Stuff you'll tackle"): an item whose wording asks or does is sorted so, and one
    /// whose wording says neither goes with most of its block, as the heading would have
    /// said ("You live in spreadsheets" among requirements is one). In a block of which
    /// fewer than half asks or does ("Our promise to you": perks; a hospital's history), it is
    /// summary.
    fn sort_unnamed(&mut self, known: &KnownNames) {
        let block = std::mem::take(&mut self.unnamed);
        let votes: Vec<Option<Section>> = block
            .iter()
            .map(|text| unnamed_vote(text, &self.title_words))
            .collect();
        let duties = votes
            .iter()
            .filter(|vote| **vote == Some(Section::Responsibilities))
            .count();
        let said = votes.iter().flatten().count();
        let asks = said - duties;
        // A block of which fewer than half says what it is is no list of one kind: the
        // rest is about the employer, as long blocks under a heading of its own are.
        let most = if 2 * said < block.len() {
            None
        } else if duties > asks {
            Some(Part::Responsibilities)
        } else {
            Some(Part::Requirements)
        };
        let mut rest = Vec::new();
        for (text, vote) in block.iter().zip(votes) {
            let part = match vote {
                Some(Section::Responsibilities) => Some(Part::Responsibilities),
                Some(_) => Some(Part::Requirements),
                // A sentence with a subject of its own ("The new tower includes 150
                // rooms") is about someone else than the person in the role.
                None if has_own_subject(text) => None,
                None => most,
            };
            match part {
                Some(part) => self.item(Place::Part(part), text, known),
                None if !is_boilerplate(text) => {
                    self.recognise(text, known, is_wish(text));
                    rest.push(&**text);
                }
                None => {}
            }
        }
        if !rest.is_empty() {
            // Items, not sentences: kept apart as a list of them is.
            self.summary.push(rest.join("; "));
        }
    }

    /// An indented line after a bullet: the bullet goes on.
    fn continue_item(&mut self, text: &str, place: Place, known: &KnownNames) {
        if place == Place::Unnamed
            && let Some(last) = self.unnamed.last_mut()
        {
            last.push(' ');
            last.push_str(text.trim_end_matches(['.', ';']));
            return;
        }
        let last = match place {
            Place::Part(Part::Tools) => self.tools.last(),
            _ => self.sections.last().map(|(_, item)| item),
        };
        let wished = last.is_some_and(|item| item.importance == Some(PREFERRED_IMPORTANCE));
        self.recognise(text, known, wished);
        let last = match place {
            Place::Part(Part::Tools) => self.tools.last_mut(),
            _ => self.sections.last_mut().map(|(_, item)| item),
        };
        match last {
            Some(item) => {
                item.name.push(' ');
                item.name.push_str(text.trim_end_matches(['.', ';']));
            }
            None => self.text(place, text, known),
        }
    }

    fn finish(mut self, title: Option<String>, id: &str) -> Posting {
        let mut warnings = Vec::new();
        if self.named_sections == 0 {
            // With no heading to go by, the sentences of later paragraphs that say what the
            // role does or asks are items; the others stay in the summary.
            for paragraph in std::mem::take(&mut self.unheaded_text) {
                self.sort_prose(&[paragraph]);
            }
            warnings.push(
                "no heading names a section (Responsibilities, Requirements, Skills, Education, \
                 Tools...); items were sorted by their wording"
                    .to_owned(),
            );
        } else if !self.unheaded_text.is_empty() {
            self.summary.append(&mut self.unheaded_text);
        }
        if self.unnamed_items > 0 {
            warnings.push(format!(
                "{} {} under headings that name no section {} sorted by their wording",
                self.unnamed_items,
                if self.unnamed_items == 1 {
                    "item"
                } else {
                    "items"
                },
                if self.unnamed_items == 1 {
                    "was"
                } else {
                    "were"
                }
            ));
        }
        let title = title.filter(|title| !title.is_empty()).unwrap_or_else(|| {
            warnings.push("no title line; the title is the file's name".to_owned());
            id.to_owned()
        });
        let mut role = Role {
            id: id.to_owned(),
            title,
            summary: (!self.summary.is_empty()).then(|| self.summary.join("\n\n")),
            ..Role::default()
        };
        let mut lists: [ItemList; 7] = Default::default();
        let at = |section: Section| {
            Section::ALL
                .iter()
                .position(|&s| s == section)
                .expect("every section is in ALL")
        };
        for (section, item) in self.sections {
            lists[at(section)].push(item);
        }
        for tool in self.tools {
            lists[at(Section::Tools)].push(tool);
        }
        // A name wished for in one place and asked for in another is asked for.
        let asked: FxHashSet<String> = self
            .recognised
            .iter()
            .filter(|(_, _, wished)| !wished)
            .map(|(name, _, _)| name.to_lowercase())
            .collect();
        for (name, section, wished) in self.recognised {
            let mut item = Item::named(&name);
            if wished && !asked.contains(&name.to_lowercase()) {
                mark_nice_to_have(&mut item);
            }
            lists[at(section)].push_recognised(item);
        }
        for (section, list) in Section::ALL.into_iter().zip(lists) {
            let items = list.into_items();
            if section == Section::Tools {
                role.tools = Tools(
                    items
                        .into_iter()
                        .map(|item| Tool {
                            item,
                            category: None,
                        })
                        .collect(),
                );
            } else {
                *section_items(&mut role, section) = items;
            }
        }
        if Section::ALL
            .iter()
            .all(|&section| role.items(section).is_empty())
        {
            warnings.push(
                "no items found: no list items, sentences under headings, or known tools"
                    .to_owned(),
            );
        }
        Posting { role, warnings }
    }
}

/// The section of a requirement: by its wording, or a certification when it names one the
/// library knows ("Lean Six Sigma Green Belt would be a bonus"), which is then not listed
/// apart as well.
fn asked_section(text: &str, names_a_certification: bool) -> Section {
    match requirement_section(text) {
        Section::Skills if names_a_certification => Section::Certifications,
        section => section,
    }
}

/// The clauses of a bullet that are items of their own: under a heading of requirements,
/// each clause of "BSN required; MSN preferred" (or of "German is a plus, English is a
/// must", each with its own mark) is asked for (or wished for) apart, and in
/// a CV's history each of "Chair the council; cut errors by 18%" was done; a degree and
/// years of experience joined by "and" are two requirements ([`degree_and_years`]). A
/// bullet that lists after a colon ("including: plans; surveys; reports"), a duty, and a
/// clause of function words alone ("and/or") stay whole.
fn clauses(place: Place, text: &str) -> Vec<&str> {
    let asks = matches!(
        place,
        Place::Part(
            Part::Requirements
                | Part::Preferred
                | Part::Education
                | Part::Certifications
                | Part::History
        )
    );
    let parts: Vec<&str> = text.split("; ").collect();
    let all_items = parts.iter().all(|part| {
        crate::text::tokens(part)
            .iter()
            .any(|word| !crate::text::is_stop_word(word))
    });
    let lists_requirements = matches!(place, Place::Part(Part::Requirements | Part::Preferred));
    if asks && parts.len() > 1 && all_items && !parts[0].contains(':') {
        parts
    } else if let Some(marked) = marked_clauses(text).filter(|_| asks) {
        marked
    } else if let Some(apart) = degree_and_years(text).filter(|_| lists_requirements) {
        apart.to_vec()
    } else {
        vec![text]
    }
}

/// The things a sentence of prose sorted into `section` asks for apart, each with its
/// section: the clauses of "Forklift certification is a plus, and experience with WMS is
/// preferred", each with its own mark, and a degree and years of experience joined by
/// "and". A duty, and a sentence that asks for one thing, stay whole.
fn asked_apart(section: Section, text: String) -> Vec<(Section, String)> {
    if section == Section::Responsibilities {
        return vec![(section, text)];
    }
    let apart: Option<Vec<&str>> =
        marked_clauses(&text).or_else(|| degree_and_years(&text).map(|two| two.to_vec()));
    let Some(apart) = apart else {
        return vec![(section, text)];
    };
    let items: Vec<(Section, String)> = apart
        .into_iter()
        .filter_map(item_text)
        .map(|clause| (requirement_section(&clause), clause))
        .collect();
    if items.is_empty() {
        vec![(section, text)]
    } else {
        items
    }
}

/// The lines of a paragraph joined where a sentence runs on: a line followed by one that
/// starts in lower case (text wrapped by its writer) goes on in the next.
fn units(lines: &[String]) -> Vec<String> {
    let mut units: Vec<String> = Vec::new();
    for line in lines {
        let runs_on = line.chars().next().is_some_and(char::is_lowercase);
        match units.last_mut() {
            Some(unit) if runs_on => {
                unit.push(' ');
                unit.push_str(line);
            }
            _ => units.push(line.clone()),
        }
    }
    units
}

/// Marks an item nice to have: half the weight of a requirement, and a note that says so.
fn mark_nice_to_have(item: &mut Item) {
    item.importance = Some(PREFERRED_IMPORTANCE);
    item.note = Some("nice to have".to_owned());
}

/// The list of a role's section (not tools, which have categories).
fn section_items(role: &mut Role, section: Section) -> &mut Vec<Item> {
    match section {
        Section::Responsibilities => &mut role.responsibilities,
        Section::Skills | Section::Tools => &mut role.skills,
        Section::Education => &mut role.education,
        Section::Certifications => &mut role.certifications,
        Section::Industries => &mut role.industries,
        Section::Tips => &mut role.tips,
    }
}

/// The fewest letters and digits an item has: one alone (a list's `a)`, a stray `x`) is no
/// item.
const MIN_ITEM_CHARS: usize = 2;

/// How a job site's form marks an item that is asked, not wished for.
const REQUIRED_MARK: &str = "(required)";

/// An item as shown, once sorted: without the "(Required)" a job site's form ends what is
/// asked with, as every item is unless wished for ("CMA (Required)" is `CMA`). The mark
/// has said what the item asks by then.
fn shown(mut text: String) -> Item {
    if let Some(at) = text.len().checked_sub(REQUIRED_MARK.len())
        && text.is_char_boundary(at)
        && text[at..].eq_ignore_ascii_case(REQUIRED_MARK)
        && !text[..at].trim_end().is_empty()
    {
        text.truncate(at);
        text.truncate(text.trim_end().len());
    }
    Item::named(text)
}

/// An item's text: trimmed of the punctuation that ends a line, `None` when nothing is left.
fn item_text(text: &str) -> Option<String> {
    let text = text.trim().trim_end_matches(['.', ';', ',', ':']).trim();
    // The last of a list split at `;` keeps no "and" ("...; and applying policies"); an
    // "or" stays, since it says the item is another choice.
    let text = text.strip_prefix("and ").unwrap_or(text).trim_start();

    (text.chars().filter(|c| c.is_alphanumeric()).count() >= MIN_ITEM_CHARS)
        .then(|| text.to_owned())
}

/// The sentences of a text: split after `;`, and after `.`, `!` or `?` where a capital or
/// a digit starts the next ("e.g. Python" stays whole); and before a degree glued to the
/// line before it, as ads copied without their line breaks have it ("... to senior
/// leadership teams BA/BS in Biochemistry ...").
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let mut starts = vec![0];
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    // Whether the sentence read so far has a letter: kept as the text is read, not
    // searched for at every space.
    let mut after_words = false;
    for window in bytes.windows(3) {
        let [(_, end), (_, space), (next_at, next)] = [window[0], window[1], window[2]];
        after_words |= end.is_alphabetic();
        if !space.is_whitespace() {
            continue;
        }
        let ends = (end == ';'
            || matches!(end, '.' | '!' | '?') && (next.is_uppercase() || next.is_ascii_digit()))
            && !ends_in_abbreviation(&text[..next_at]);
        // Not after dates alone: "2010 – 2013  BA (Hons) Business Management" is one line.
        let glued_degree = end.is_alphanumeric()
            && next.is_uppercase()
            && after_words
            && opens_a_degree(&text[next_at..])
            && !last_word_is_function_word(&text[..next_at]);
        if ends || glued_degree {
            starts.push(next_at);
            after_words = false;
        }
    }
    let ends: Vec<usize> = starts.iter().skip(1).copied().chain([text.len()]).collect();
    starts
        .into_iter()
        .zip(ends)
        .map(move |(start, end)| text[start..end].trim())
        .filter(|sentence| !sentence.is_empty())
}

/// How a degree asked for opens, in capitals ("Bachelor's degree in ...", "BA/BS in ...").
const DEGREE_OPENINGS: &[&str] = &[
    "Bachelor",
    "Master's",
    "Master\u{2019}s",
    "Masters ",
    "BA/BS",
    "BS/BA",
    "BS ",
    "BA ",
    "B.S.",
    "PhD",
    "Ph.D",
    "Associate's",
    "Associate\u{2019}s",
    "Doctorate",
    "MBA ",
    "Undergraduate degree",
    "High school diploma",
    "High School Diploma",
    "HS Diploma",
];

/// Whether `text` opens with a degree asked for.
fn opens_a_degree(text: &str) -> bool {
    DEGREE_OPENINGS
        .iter()
        .any(|opening| text.starts_with(opening))
}

/// Whether the last word of `text` is a function word ("Bachelor's or Master's" is one
/// requirement).
fn last_word_is_function_word(text: &str) -> bool {
    text.split_whitespace()
        .next_back()
        .is_some_and(crate::text::stop_words::is_stop_word_any_case)
}

/// Whether text ends in an abbreviation whose point ends no sentence: `e.g.`, `etc.`.
fn ends_in_abbreviation(text: &str) -> bool {
    let last = text
        .split_whitespace()
        .next_back()
        .unwrap_or_default()
        .to_lowercase();
    let word = last.trim_end_matches('.');
    word.contains('.')
        || [
            "etc", "incl", "approx", "vs", "dr", "mr", "ms", "mrs", "st", "inc",
        ]
        .contains(&word)
}

/// The entries of a list written on one line: "Python, SQL and dbt", "AWS (S3, Redshift)".
fn list_entries(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split([',', ';', '/', '|', '(', ')', '•'])
        .flat_map(|part| part.split(" and ").flat_map(|part| part.split(" or ")))
        .filter_map(|part| {
            let part = part.trim();
            let part = part
                .strip_prefix("and ")
                .or_else(|| part.strip_prefix("or "))
                .unwrap_or(part);
            let part = part.strip_prefix("e.g.").unwrap_or(part);
            item_text(part)
        })
}

/// Words a sentence opens with when its subject is not the person in the role: the
/// employer, its team, its places ("The team will ...", "Our tower ...", "We ...").
const OTHER_SUBJECTS: &[&str] = &["the", "this", "our", "we", "were", "weve", "its", "their"];

/// Whether a text opens with a subject other than the person in the role
/// ([`OTHER_SUBJECTS`]).
fn has_own_subject(text: &str) -> bool {
    crate::text::tokens(text)
        .first()
        .is_some_and(|word| OTHER_SUBJECTS.contains(&word.as_str()))
}

/// A list without the writer's label before it ("Cloud & DevOps: AWS, Docker" is "AWS,
/// Docker"; [`labelled_list`]).
fn without_list_label(text: &str) -> &str {
    match text.split_once(':') {
        Some((_, list)) if labelled_list(text).is_some() => list.trim(),
        _ => text,
    }
}

/// An item named as the known names write it, when the whole text is one of them.
fn named(known: &KnownNames, text: String) -> Item {
    Item::named(known.canonical(&text).unwrap_or(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bullet_of_requirements_splits_at_semicolons_into_its_clauses() {
        let requirements = Place::Part(Part::Requirements);
        assert_eq!(
            clauses(requirements, "BSN required; MSN preferred"),
            ["BSN required", "MSN preferred"]
        );
        // A list after a colon, a clause of function words, a duty: whole.
        for text in [
            "Accreditation work including: plans; surveys; reports",
            "Teach courses in voice (fluency); and/or",
        ] {
            assert_eq!(clauses(requirements, text), [text]);
        }
        let duties = Place::Part(Part::Responsibilities);
        assert_eq!(
            clauses(duties, "Lead the team; report to the board"),
            ["Lead the team; report to the board"]
        );
    }

    fn read(text: &str) -> Posting {
        let known = KnownNames::new(
            ["SQL", "Python", "Tableau", "R"].map(|tool| (tool, tool, Section::Tools)),
        );
        posting(text, "posting", &known)
    }

    fn names(items: &[Item]) -> Vec<&str> {
        items.iter().map(|item| item.name.as_str()).collect()
    }

    #[test]
    fn a_jobs_title_before_its_job_line_is_no_item() {
        let posting = read(
            "Jo Smith\n\nExperience\nStaff Nurse, Surgical Unit\nRiverside Hospital, June 2018 - Present\n- Provide care for patients\n\nHead Nurse\nThe ward has thirty beds\n",
        );
        assert_eq!(
            names(&posting.role.responsibilities),
            ["Provide care for patients"]
        );
        // A title whose next line is no job line is read as any line is.
        assert_eq!(
            names(&posting.role.skills),
            ["Head Nurse", "The ward has thirty beds"]
        );
    }

    #[test]
    fn a_paragraph_without_headings_has_labels_and_notices() {
        let posting = read(
            "Technician\n\nThe Field Technician repairs pumps. Requirements: high school diploma; 3+ years of repair experience. Benefits: 5+ years of pension matching. We are an equal opportunity employer with 5+ years of growth.\n",
        );
        assert_eq!(
            names(&posting.role.responsibilities),
            ["The Field Technician repairs pumps"]
        );
        assert_eq!(names(&posting.role.education), ["high school diploma"]);
        assert_eq!(
            names(&posting.role.skills),
            ["3+ years of repair experience"]
        );
        let summary = posting.role.summary.unwrap_or_default();
        assert!(
            summary.contains("pension") && summary.contains("equal"),
            "{summary}"
        );
    }

    #[test]
    fn only_an_indented_line_goes_on_with_the_bullet_above_it() {
        let posting = read(
            "Data Analyst\n\nResponsibilities\n- Build dashboards\n  for sales\nWe value teamwork\n\nTools\n- Apache\n  Airflow\n",
        );
        assert_eq!(
            names(&posting.role.responsibilities),
            ["Build dashboards for sales", "We value teamwork"]
        );
        let tools: Vec<&str> = posting
            .role
            .tools
            .0
            .iter()
            .map(|tool| tool.item.name.as_str())
            .collect();
        assert_eq!(tools, ["Apache Airflow"], "a tool's bullet goes on too");
    }

    #[test]
    fn a_sentence_wrapped_over_lines_is_read_whole() {
        // The second line goes on in lower case: no sentence of its own ("reports ..." is
        // no duty), the whole sentence the summary's.
        let posting = read(
            "Data Analyst\n\nWe are looking for someone who can take on the monthly\nreports for the finance team.\n\nRequirements\n- SQL\n",
        );
        assert!(
            posting.role.responsibilities.is_empty(),
            "{:?}",
            posting.role
        );
        assert_eq!(
            posting.role.summary.as_deref(),
            Some(
                "We are looking for someone who can take on the monthly reports for the finance team."
            )
        );
    }

    #[test]
    fn a_markdown_posting() {
        let posting = read(
            "# Data Analyst\n\nWe help people.\n\n## Responsibilities\n- Build dashboards.\n- Own \
             reporting\n  for sales\n\n## Requirements\n- 3+ years of SQL\n- Bachelor's degree in \
             statistics\n\n## Nice to have\n- Python\n\n## Benefits\n- Tableau licences\n",
        );
        let role = &posting.role;
        assert_eq!(role.title, "Data Analyst");
        assert_eq!(role.summary.as_deref(), Some("We help people."));
        assert_eq!(
            names(&role.responsibilities),
            ["Build dashboards", "Own reporting for sales"]
        );
        assert_eq!(names(&role.skills), ["3+ years of SQL"]);
        assert_eq!(names(&role.education), ["Bachelor's degree in statistics"]);
        // A wished-for item that is a tool's name is that tool, nice to have.
        let tools: Vec<&Item> = role.tools.0.iter().map(|t| &t.item).collect();
        assert_eq!(
            tools.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(),
            ["Python", "SQL"],
            "benefits are not the role"
        );
        assert_eq!(tools[0].importance, Some(PREFERRED_IMPORTANCE));
        assert_eq!(tools[1].importance, None);
        assert!(posting.warnings.is_empty(), "{:?}", posting.warnings);
    }

    #[test]
    fn a_wish_is_nice_to_have_wherever_it_stands() {
        let headed = read(
            "# Data Engineer\n\n## Requirements\n- Strong SQL\n- Snowflake or Databricks is a \
             plus\n- Master's degree preferred\n\n## Responsibilities\n- Manage the bonus \
             scheme data\n",
        );
        let role = &headed.role;
        let marked = |items: &[Item]| -> Vec<(String, Option<f64>)> {
            items
                .iter()
                .map(|item| (item.name.clone(), item.importance))
                .collect()
        };
        assert_eq!(
            marked(&role.skills),
            [
                ("Strong SQL".to_owned(), None),
                (
                    "Snowflake or Databricks is a plus".to_owned(),
                    Some(PREFERRED_IMPORTANCE)
                ),
            ]
        );
        assert_eq!(role.education[0].note.as_deref(), Some("nice to have"));
        assert_eq!(
            role.responsibilities[0].importance, None,
            "a duty is no wish"
        );
        let headless = read(
            "Data Analyst\nWe are a small team.\n\nYou have 2 years of experience with SQL. \
             Experience with dbt is a plus.\n",
        );
        assert_eq!(
            marked(&headless.role.skills),
            [
                ("You have 2 years of experience with SQL".to_owned(), None),
                (
                    "Experience with dbt is a plus".to_owned(),
                    Some(PREFERRED_IMPORTANCE)
                ),
            ]
        );
    }

    #[test]
    fn items_under_headings_that_name_no_section_are_counted_in_a_warning() {
        let posting = read(
            "# Data Analyst\n\n## Responsibilities\n- Build dashboards\n\n## In your first \
             month\n- Learn our data model\n- Meet the team\n",
        );
        assert_eq!(
            posting.warnings,
            ["2 items under headings that name no section were sorted by their wording"]
        );
        let one = read(
            "# Data Analyst\n\n## Responsibilities\n- Build dashboards\n\n## Life here\n- Meet the team\n",
        );
        assert_eq!(
            one.warnings,
            ["1 item under headings that name no section was sorted by their wording"]
        );
    }

    #[test]
    fn a_section_heading_before_the_title_is_not_the_title() {
        for text in [
            "Job description\n\nData Analyst\n\n## Requirements\n- SQL\n",
            "About the role\nData Analyst\n\nRequirements\n- SQL\n",
        ] {
            assert_eq!(read(text).role.title, "Data Analyst", "{text:?}");
        }
    }

    #[test]
    fn no_headings_at_all() {
        let posting = read(
            "Data Analyst\nWe are a small team.\n\nYou will build reports for finance. You \
             have 2 years of experience with SQL and R.\n",
        );
        let role = &posting.role;
        assert_eq!(role.title, "Data Analyst");
        assert_eq!(
            names(&role.responsibilities),
            ["You will build reports for finance"]
        );
        assert_eq!(
            names(&role.skills),
            ["You have 2 years of experience with SQL and R"]
        );
        assert_eq!(posting.warnings.len(), 1);
    }

    #[test]
    fn a_posting_of_only_prose_still_has_a_title_and_a_warning() {
        let posting = read("This is a sentence about nothing in particular.");
        assert_eq!(posting.role.title, "posting");
        assert!(
            posting
                .warnings
                .iter()
                .any(|w| w.contains("no items found"))
        );
    }

    #[test]
    fn sentences_split_at_capitals() {
        let split: Vec<&str> =
            sentences("Use tools, e.g. Python. Then report; Also 3 more").collect();
        assert_eq!(
            split,
            ["Use tools, e.g. Python.", "Then report;", "Also 3 more"]
        );
    }

    #[test]
    fn a_degree_glued_to_the_line_before_is_a_sentence_of_its_own() {
        let split: Vec<&str> = sentences(
            "Present your work to senior leadership teams BA/BS in Biochemistry or a related field",
        )
        .collect();
        assert_eq!(
            split,
            [
                "Present your work to senior leadership teams",
                "BA/BS in Biochemistry or a related field"
            ]
        );
        // Not a choice of degrees, nor a degree the sentence is about.
        for text in [
            "Bachelor's degree in Finance or Master's degree in Economics",
            "Bachelor's or Master\u{2019}s degree",
            "Teach courses of the BSN program",
            "2010 \u{2013} 2013  BA (Hons) Business Management",
        ] {
            assert_eq!(sentences(text).count(), 1, "{text}");
        }
    }

    #[test]
    fn lists_on_one_line() {
        let entries: Vec<String> =
            list_entries("Python, SQL and dbt; AWS (S3, Redshift)").collect();
        assert_eq!(entries, ["Python", "SQL", "dbt", "AWS", "S3", "Redshift"]);
    }
}
