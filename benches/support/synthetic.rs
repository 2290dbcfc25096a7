//! Synthetic role libraries for benchmarks: any number of role files, each with 10
//! responsibilities, 20 skills and 20 tools drawn from shared pools, so that roles overlap
//! the way real ones do (a few items are common to many roles, most to a few).
//!
//! The output depends only on the number of roles and the seed: every run of a benchmark
//! measures the same files.

use std::fmt::Write as _;
use std::io;
use std::path::Path;

const RESPONSIBILITIES: usize = 10;
const SKILLS: usize = 20;
const TOOLS: usize = 20;

const VERBS: &[&str] = &[
    "Design",
    "Maintain",
    "Review",
    "Plan",
    "Monitor",
    "Document",
    "Improve",
    "Coordinate",
    "Audit",
    "Automate",
    "Evaluate",
    "Support",
    "Build",
    "Test",
    "Report on",
    "Optimize",
];
const OBJECTS: &[&str] = &[
    "data pipelines",
    "customer records",
    "budgets",
    "training programs",
    "supplier contracts",
    "cloud infrastructure",
    "quality standards",
    "safety procedures",
    "inventory levels",
    "marketing campaigns",
    "clinical protocols",
    "network security",
    "financial reports",
    "software releases",
    "production schedules",
    "research studies",
    "legal filings",
    "patient care plans",
    "lesson plans",
    "field surveys",
];
const AUDIENCES: &[&str] = &[
    "for senior management",
    "across departments",
    "with external partners",
    "for regulators",
    "for new staff",
    "in line with policy",
];
const QUALITIES: &[&str] = &[
    "Advanced",
    "Applied",
    "Practical",
    "Strategic",
    "Technical",
    "Quantitative",
    "Clinical",
    "Operational",
    "Commercial",
    "Scientific",
    "Creative",
    "Regulatory",
];
const TOPICS: &[&str] = &[
    "statistics",
    "negotiation",
    "project management",
    "machine learning",
    "writing",
    "accounting",
    "database design",
    "risk assessment",
    "public speaking",
    "teaching",
    "mechanical design",
    "user research",
    "forecasting",
    "scheduling",
    "troubleshooting",
    "budgeting",
    "data visualization",
    "supply chain planning",
    "customer service",
    "signal processing",
    "cartography",
    "pharmacology",
    "contract law",
    "quality control",
    "network administration",
];
const VENDORS: &[&str] = &[
    "Acme",
    "Globex",
    "Initech",
    "Umbrella",
    "Hooli",
    "Vandelay",
    "Stark",
    "Wayne",
    "Tyrell",
    "Cyberdyne",
    "Soylent",
    "Wonka",
];
const PRODUCTS: &[&str] = &[
    "Ledger",
    "Studio",
    "Analytics",
    "Scheduler",
    "CRM",
    "Designer",
    "Monitor",
    "Vault",
    "Notebook",
    "Pipeline",
    "Mapper",
    "Lab",
    "Forms",
    "Tracker",
    "Console",
];
const TOOL_CATEGORIES: &[&str] = &[
    "Analytical software",
    "Office suites",
    "Design software",
    "Database software",
    "Monitoring tools",
];
const FIELDS: &[&str] = &[
    "Healthcare",
    "Finance",
    "Retail",
    "Government",
    "Manufacturing",
    "Education",
    "Energy",
    "Logistics",
];
const DEGREES: &[&str] = &[
    "Bachelor's degree in a related field",
    "Master's degree in a related field",
    "Associate's degree",
    "High school diploma and on-the-job training",
];

/// A deterministic pseudo-random sequence (xorshift64*).
struct Draws(u64);

impl Draws {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number below `bound`, skewed towards small ones: the square of a uniform draw, so
    /// that the first items of a pool turn up in many roles and the last in few.
    fn skewed(&mut self, bound: usize) -> usize {
        let uniform = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((uniform * uniform) * bound as f64) as usize
    }

    fn pick<'a>(&mut self, words: &[&'a str]) -> &'a str {
        words[(self.next() % words.len() as u64) as usize]
    }
}

/// The shared pools the roles draw from.
struct Pools {
    responsibilities: Vec<String>,
    skills: Vec<String>,
    tools: Vec<String>,
}

impl Pools {
    fn new() -> Pools {
        let responsibilities =
            product3(VERBS, OBJECTS, AUDIENCES, |v, o, a| format!("{v} {o} {a}"));
        let skills = product2(QUALITIES, TOPICS, |q, t| format!("{q} {t}"));
        let tools = product2(VENDORS, PRODUCTS, |v, p| format!("{v} {p}"));
        Pools {
            responsibilities,
            skills,
            tools,
        }
    }
}

fn product2(a: &[&str], b: &[&str], f: impl Fn(&str, &str) -> String) -> Vec<String> {
    a.iter().flat_map(|x| b.iter().map(|y| f(x, y))).collect()
}

fn product3(
    a: &[&str],
    b: &[&str],
    c: &[&str],
    f: impl Fn(&str, &str, &str) -> String,
) -> Vec<String> {
    a.iter()
        .flat_map(|x| {
            b.iter()
                .flat_map(move |y| c.iter().map(move |z| (*x, *y, *z)))
        })
        .map(|(x, y, z)| f(x, y, z))
        .collect()
}

/// `count` different items of `pool`, skewed towards its first ones, in draw order.
fn draw<'a>(pool: &'a [String], count: usize, draws: &mut Draws) -> Vec<&'a str> {
    let mut chosen: Vec<&str> = Vec::with_capacity(count);
    // The pool is shuffled per role (by a rotation), so that "common" differs by role
    // family, as it does between real occupations.
    let offset = draws.skewed(pool.len());
    while chosen.len() < count {
        let item = pool[(offset + draws.skewed(pool.len())) % pool.len()].as_str();
        if !chosen.contains(&item) {
            chosen.push(item);
        }
    }
    chosen
}

/// The id of the `index`th synthetic role (from 0).
#[must_use]
pub fn role_id(index: usize) -> String {
    format!("synthetic-{index:05}")
}

/// The alias of the `index`th synthetic role: a code, like an O*NET-SOC code.
#[must_use]
pub fn role_alias(index: usize) -> String {
    format!("SYN-{index:05}")
}

/// The YAML text of the `index`th role.
fn role_yaml(index: usize, pools: &Pools, draws: &mut Draws) -> String {
    let mut yaml = String::new();
    let title = format!(
        "{} {} Specialist {index}",
        draws.pick(QUALITIES),
        draws.pick(TOPICS)
    );
    // Writing to a String cannot fail.
    let _ = writeln!(yaml, "title: {title}");
    let _ = writeln!(yaml, "aliases: [{}]", role_alias(index));
    let _ = writeln!(
        yaml,
        "summary: A synthetic role for benchmarks, working mostly in {}.",
        draws.pick(FIELDS).to_lowercase()
    );
    list(
        &mut yaml,
        "responsibilities",
        &draw(&pools.responsibilities, RESPONSIBILITIES, draws),
    );
    list(&mut yaml, "skills", &draw(&pools.skills, SKILLS, draws));
    list(&mut yaml, "education", &[draws.pick(DEGREES)]);
    yaml.push_str("tools:\n");
    for (n, tool) in draw(&pools.tools, TOOLS, draws).iter().enumerate() {
        if n % 5 == 0 {
            let _ = writeln!(
                yaml,
                "  {}:",
                TOOL_CATEGORIES[n / 5 % TOOL_CATEGORIES.len()]
            );
        }
        let _ = writeln!(yaml, "    - {tool}");
    }
    let field = (draws.next() % FIELDS.len() as u64) as usize;
    list(
        &mut yaml,
        "industries",
        &[FIELDS[field], FIELDS[(field + 1) % FIELDS.len()]],
    );
    yaml.push_str("sources: [made up by the benchmark generator]\n");
    yaml
}

fn list(yaml: &mut String, key: &str, items: &[&str]) {
    let _ = writeln!(yaml, "{key}:");
    for item in items {
        let _ = writeln!(yaml, "  - {item}");
    }
}

/// Writes `count` role files into `folder` (which must exist); returns their ids.
pub fn write_library(folder: &Path, count: usize, seed: u64) -> io::Result<Vec<String>> {
    let pools = Pools::new();
    let mut draws = Draws(seed | 1);
    let mut ids = Vec::with_capacity(count);
    for index in 0..count {
        let id = role_id(index);
        std::fs::write(
            folder.join(format!("{id}.yaml")),
            role_yaml(index, &pools, &mut draws),
        )?;
        ids.push(id);
    }
    Ok(ids)
}
