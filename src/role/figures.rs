//! The numbers of a role file, checked as they are read: a salary's figures are finite
//! yearly amounts of 0 or more with `min <= max`, and an outlook's growth is a finite
//! percentage. `.nan`, `.inf` and a range upside down are errors located in the file, never
//! "USD NaN - inf a year".

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use super::Salary;

/// A salary as written, before its figures are checked.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SalaryFields {
    currency: String,
    #[serde(default, deserialize_with = "amount")]
    min: Option<f64>,
    #[serde(default, deserialize_with = "amount")]
    max: Option<f64>,
    #[serde(default, deserialize_with = "amount")]
    median: Option<f64>,
    #[serde(default)]
    source: Option<String>,
}

impl<'de> Deserialize<'de> for Salary {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SalaryVisitor;

        impl<'de> Visitor<'de> for SalaryVisitor {
            type Value = Salary;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a salary: `currency` and yearly `min`, `max`, `median`")
            }

            // Checked while the mapping is read, so that the error points at it.
            fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<Salary, M::Error> {
                let fields = SalaryFields::deserialize(de::value::MapAccessDeserializer::new(map))?;
                if let (Some(min), Some(max)) = (fields.min, fields.max)
                    && min > max
                {
                    return Err(de::Error::custom(format!(
                        "salary `min` {min} is above `max` {max}; swap them"
                    )));
                }
                Ok(Salary {
                    currency: fields.currency,
                    min: fields.min,
                    max: fields.max,
                    median: fields.median,
                    source: fields.source,
                })
            }
        }

        deserializer.deserialize_map(SalaryVisitor)
    }
}

/// A yearly amount, if given: finite and 0 or more.
fn amount<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<f64>, D::Error> {
    let value = Option::<f64>::deserialize(deserializer)?;
    match value {
        Some(value) if !(value.is_finite() && value >= 0.0) => Err(de::Error::custom(format!(
            "a salary figure is {value}; use a yearly amount of 0 or more"
        ))),
        value => Ok(value),
    }
}

/// A number that is finite, if given: an outlook's growth in percent.
pub fn finite<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<f64>, D::Error> {
    let value = Option::<f64>::deserialize(deserializer)?;
    match value {
        Some(value) if !value.is_finite() => Err(de::Error::custom(format!(
            "`growth_percent` is {value}; use a finite percentage"
        ))),
        value => Ok(value),
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::role::parse::parse_role;

    fn error_of(yaml: &str) -> String {
        parse_role(yaml.as_bytes(), Path::new("r.yaml"), "r")
            .expect_err("refused")
            .to_string()
    }

    #[test]
    fn salary_figures_are_finite_amounts_in_order() {
        for (salary, said) in [
            ("{currency: USD, min: .nan}", "figure is NaN"),
            ("{currency: USD, max: .inf}", "figure is inf"),
            ("{currency: USD, median: -5}", "figure is -5"),
            ("{currency: USD, min: 90000, max: 50000}", "above `max`"),
        ] {
            let message = error_of(&format!("title: T\nsalary: {salary}\n"));
            assert!(message.contains(said), "{salary}: {message}");
            assert!(message.starts_with("r.yaml:2:"), "located: {message}");
        }
        let role = parse_role(
            b"title: T\nsalary: {currency: USD, min: 0, max: 50000, median: 40000}\n",
            Path::new("r.yaml"),
            "r",
        )
        .unwrap();
        assert_eq!(role.salary.unwrap().max, Some(50000.0));
    }

    #[test]
    fn growth_is_a_finite_percentage() {
        let message = error_of("title: T\noutlook: {summary: Good, growth_percent: .nan}\n");
        assert!(message.contains("`growth_percent` is NaN"), "{message}");
        let role = parse_role(
            b"title: T\noutlook: {summary: Good, growth_percent: -3.5}\n",
            Path::new("r.yaml"),
            "r",
        )
        .unwrap();
        assert_eq!(role.outlook.unwrap().growth_percent, Some(-3.5));
    }
}
