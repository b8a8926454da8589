//! How answers flatten for the exports, from the edition's definition:
//! `items` gives an answer's (sub-item, value) pairs (the long CSV has one
//! line per pair); `columns` gives the wide sheet's columns (checkbox groups
//! as one column per option) and `cell` one cell of a column.

use app::questionnaire::answer_types::number;
use app::questionnaire::answer_types::percentage_or_na::Mode;
use app::questionnaire::answer_types::url_list::UrlList;
use app::questionnaire::definition::{Field, FieldKind};
use app::questionnaire::display::answer_lines;
use app::questionnaire::display::{field_question, printed_number};
use app::questionnaire::text::plain;
use app::questionnaire::{Answer, Edition};

/// An answer as (sub-item, value) pairs; "" is the answer as a whole.
pub fn items(field: &Field, answer: &Answer) -> Vec<(String, String)> {
    let one = |v: String| vec![(String::new(), v)];
    match (answer, &field.kind) {
        (Answer::Text(s) | Answer::Date(s) | Answer::YesNo(s), _) => one(s.clone()),
        (Answer::Number(n), _) => one(number::display(n)),
        (Answer::Consent(b), _) => one(if *b { "yes" } else { "no" }.into()),
        (Answer::UrlList(UrlList::None), _) => one("none".into()),
        (Answer::UrlList(UrlList::Urls(urls)), _) => urls
            .iter()
            .enumerate()
            .map(|(i, u)| ((i + 1).to_string(), u.clone()))
            .collect(),
        (Answer::NamedLinks(rows), _) => rows
            .iter()
            .enumerate()
            .flat_map(|(i, r)| {
                let mut out = vec![(format!("{}.name", i + 1), r.name.clone())];
                if !r.url.is_empty() {
                    out.push((format!("{}.url", i + 1), r.url.clone()));
                }
                out
            })
            .collect(),
        (Answer::Choices(c), FieldKind::Choices { options }) => {
            let mut out: Vec<(String, String)> = c
                .selected
                .iter()
                .map(|id| {
                    let label = options
                        .iter()
                        .find(|o| &o.id == id)
                        .map_or_else(|| id.clone(), |o| plain(o.label.en()));
                    (id.clone(), label)
                })
                .collect();
            if !c.other.trim().is_empty() {
                out.push(("other_text".into(), c.other.clone()));
            }
            out
        }
        (Answer::PercentageOrNa(p), _) => {
            let mut out = match p.effective_mode() {
                Some(Mode::Percent) => vec![("percent".to_string(), p.percent.clone())],
                Some(Mode::NotAvailable) => {
                    vec![("not_available_reason".to_string(), p.reason.clone())]
                }
                None => vec![],
            };
            if !p.note.trim().is_empty() {
                out.push(("note".into(), p.note.clone()));
            }
            out
        }
        (Answer::Contact(c), FieldKind::Contact { parts }) => parts
            .iter()
            .filter_map(|part| {
                let v = c.get(&part.id).filter(|v| !v.trim().is_empty())?;
                Some((part.id.clone(), v.clone()))
            })
            .collect(),
        (other, _) => one(other.to_json().to_string()),
    }
}

/// What a wide column holds of its field's answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    /// Every item, one per line.
    Whole,
    /// The item with this sub-item name.
    Item(String),
    /// TRUE when this option is selected (FALSE when the question is
    /// answered without it; empty when unanswered).
    Option(String),
}

/// A column of the wide sheet, and its data-dictionary entry.
#[derive(Clone, Debug)]
pub struct Column {
    /// The column header: the field id, with ".sub-item" for a part.
    pub header: String,
    pub field_id: String,
    pub part: Part,
    /// The question as numbered in the questionnaire.
    pub question: String,
    /// The field's printed number ("2a", "XI.2"), which differs between
    /// editions (the id does not).
    pub number: String,
    /// What the column holds beyond the question (an option's label, a
    /// part's name).
    pub detail: String,
    /// The answer type's name in definition files.
    pub answer_type: &'static str,
    /// How the cell reads.
    pub cell_type: CellType,
}

/// What a wide column's cells hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellType {
    Text,
    Number,
    /// TRUE when the option is selected.
    Boolean,
    /// TRUE for yes (a consent).
    YesNo,
    /// A date (a date cell in XLSX; as typed when it is not a date).
    Date,
}

impl CellType {
    /// As the data dictionary names it.
    pub fn as_str(self) -> &'static str {
        match self {
            CellType::Text => "text",
            CellType::Number => "number",
            CellType::Boolean => "boolean",
            CellType::YesNo => "yes/no",
            CellType::Date => "date",
        }
    }
}

/// The wide columns of an edition, in questionnaire order.
pub fn columns(edition: &Edition) -> Vec<Column> {
    let mut out = Vec::new();
    for field in edition.fields() {
        let question = field_question(edition, field);
        let number = printed_number(edition, field);
        let col = |sub: Option<&str>, part: Part, detail: String, cell_type: CellType| Column {
            header: match sub {
                Some(s) => format!("{}.{s}", field.id),
                None => field.id.clone(),
            },
            field_id: field.id.clone(),
            part,
            question: question.clone(),
            number: number.clone(),
            detail,
            answer_type: field.kind.type_name(),
            cell_type,
        };
        match &field.kind {
            FieldKind::Choices { options } => {
                for o in options {
                    out.push(col(
                        Some(&o.id),
                        Part::Option(o.id.clone()),
                        plain(o.label.en()),
                        CellType::Boolean,
                    ));
                }
                if options.iter().any(|o| o.other) {
                    out.push(col(
                        Some("other_text"),
                        Part::Item("other_text".into()),
                        "other (text)".into(),
                        CellType::Text,
                    ));
                }
            }
            FieldKind::PercentageOrNa => {
                out.push(col(
                    Some("percent"),
                    Part::Item("percent".into()),
                    "per cent".into(),
                    CellType::Number,
                ));
                out.push(col(
                    Some("not_available_reason"),
                    Part::Item("not_available_reason".into()),
                    "not available: reason".into(),
                    CellType::Text,
                ));
                out.push(col(
                    Some("note"),
                    Part::Item("note".into()),
                    "note".into(),
                    CellType::Text,
                ));
            }
            FieldKind::Contact { parts } => {
                for p in parts {
                    out.push(col(
                        Some(&p.id),
                        Part::Item(p.id.clone()),
                        p.label.en().to_string(),
                        CellType::Text,
                    ));
                }
            }
            FieldKind::Consent => out.push(col(None, Part::Whole, String::new(), CellType::YesNo)),
            FieldKind::Date => out.push(col(None, Part::Whole, String::new(), CellType::Date)),
            FieldKind::Number { unit, .. } => out.push(col(
                None,
                Part::Whole,
                unit.as_ref()
                    .map(|u| u.en().to_string())
                    .unwrap_or_default(),
                CellType::Number,
            )),
            FieldKind::UrlList { .. } | FieldKind::NamedLinks { .. } => out.push(col(
                None,
                Part::Whole,
                "one per line".into(),
                CellType::Text,
            )),
            _ => out.push(col(None, Part::Whole, String::new(), CellType::Text)),
        }
    }
    out
}

/// One cell of the wide sheet.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    /// Year, month, day.
    Date(u16, u8, u8),
}

/// The cell of `column` for the answer to its field (None: unanswered).
pub fn cell(column: &Column, field: &Field, answer: Option<&Answer>) -> Cell {
    let Some(answer) = answer else {
        return Cell::Empty;
    };
    // Named links read as the pages show them: "name – url" per line.
    if let (Part::Whole, Answer::NamedLinks(_)) = (&column.part, answer) {
        return Cell::Text(answer_lines(field, answer).join("\n"));
    }
    let items = items(field, answer);
    match &column.part {
        Part::Whole if column.cell_type == CellType::YesNo => {
            Cell::Bool(matches!(answer, Answer::Consent(true)))
        }
        // A date once valid (YYYY-MM-DD); the text as typed otherwise.
        Part::Whole if column.cell_type == CellType::Date => match answer {
            Answer::Date(d) => {
                ymd(d).map_or_else(|| Cell::Text(d.clone()), |(y, m, dd)| Cell::Date(y, m, dd))
            }
            _ => Cell::Text(items.iter().map(|(_, v)| v.as_str()).collect()),
        },
        // A number once valid; the text as typed otherwise (never lost).
        Part::Whole if column.cell_type == CellType::Number => match answer {
            Answer::Number(n) => {
                number::parse(n).map_or_else(|| Cell::Text(n.clone()), Cell::Number)
            }
            _ => Cell::Text(items.iter().map(|(_, v)| v.as_str()).collect()),
        },
        Part::Whole => Cell::Text(
            items
                .iter()
                .map(|(_, v)| v.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        Part::Option(id) => Cell::Bool(items.iter().any(|(sub, _)| sub == id)),
        Part::Item(name) => match items.iter().find(|(sub, _)| sub == name) {
            None => Cell::Empty,
            Some((_, v)) if column.cell_type == CellType::Number => v
                .parse()
                .map_or_else(|_| Cell::Text(v.clone()), Cell::Number),
            Some((_, v)) => Cell::Text(v.clone()),
        },
    }
}

/// "2020-03-31" as (2020, 3, 31), when it is a real day.
fn ymd(text: &str) -> Option<(u16, u8, u8)> {
    let d = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
    use chrono::Datelike;
    Some((
        u16::try_from(d.year()).ok()?,
        d.month() as u8,
        d.day() as u8,
    ))
}
