//! The CSV export in long form: one line per answer item (Member State,
//! ISO code, UN region and sub-region (M49), edition, version, state, question id, its printed number in
//! this edition, sub-item, value, whether it was carried over from the
//! previous edition and then confirmed or changed, submitted at), UTF-8
//! with a byte-order mark so spreadsheet programs show
//! Arabic and Chinese correctly. Cells that would run as spreadsheet
//! formulas are neutralised (`formula_guard`).

use super::columns::items;
use super::Exported;
use app::questionnaire::display::printed_number;
use app::questionnaire::Edition;

/// How many columns a line has.
pub const COLUMNS: usize = 13;

pub const HEADER: [&str; COLUMNS] = [
    "member_state",
    "iso3",
    "region",
    "subregion",
    "edition",
    "version",
    "state",
    "question_id",
    "question_number",
    "sub_item",
    "value",
    "carried",
    "submitted_at",
];

pub fn write(edition: &Edition, exported: &[Exported]) -> Result<Vec<u8>, csv::Error> {
    let mut out = writer()?;
    lines(
        edition,
        exported,
        |_| true,
        true,
        |cells| super::formula_guard::write_record(&mut out, cells),
    )?;
    finish(out)
}

/// The panel export across editions as CSV: the same columns, one edition
/// after the other, only the fields whose id carries over.
pub fn write_panel(parts: &[(&Edition, Vec<Exported>)]) -> Result<Vec<u8>, csv::Error> {
    let mut out = writer()?;
    panel_lines(parts, |cells| {
        super::formula_guard::write_record(&mut out, cells)
    })?;
    finish(out)
}

/// Every line of the panel (`panel::carries` keeps the fields), given to
/// `line` in the columns of `HEADER`.
pub fn panel_lines<E>(
    parts: &[(&Edition, Vec<Exported>)],
    mut line: impl FnMut([&str; COLUMNS]) -> Result<(), E>,
) -> Result<(), E> {
    let editions: Vec<&Edition> = parts.iter().map(|(e, _)| *e).collect();
    for (edition, exported) in parts {
        let keep = |id: &str| super::panel::carries(&editions, id);
        lines(edition, exported, keep, false, &mut line)?;
    }
    Ok(())
}

type Out = csv::Writer<Vec<u8>>;

fn writer() -> Result<Out, csv::Error> {
    let mut bytes = Vec::with_capacity(1 << 20);
    bytes.extend_from_slice("\u{feff}".as_bytes());
    let mut out = csv::Writer::from_writer(bytes);
    out.write_record(HEADER)?;
    Ok(out)
}

fn finish(out: Out) -> Result<Vec<u8>, csv::Error> {
    out.into_inner().map_err(|e| e.into_error().into())
}

/// The lines of one edition's exported versions, in the columns of
/// `HEADER`: the fields `keep` keeps, and (with `undescribed`) the stored
/// answers the edition does not describe, as stored.
fn lines<E>(
    edition: &Edition,
    exported: &[Exported],
    keep: impl Fn(&str) -> bool,
    undescribed: bool,
    mut line: impl FnMut([&str; COLUMNS]) -> Result<(), E>,
) -> Result<(), E> {
    for e in exported {
        let answers = e.version.typed(edition);
        let version = e.version.version.to_string();
        let at = e.version.submitted_at.to_rfc3339();
        let (name, iso3, cycle) = (e.state.name.as_str(), &e.state.iso3, e.cycle.as_str());
        let carried = |id: &str| {
            e.version
                .carried
                .as_ref()
                .and_then(|c| c.fields.get(id))
                .map_or("", String::as_str)
        };
        let mut one = |[id, number, sub, value]: [&str; 4]| {
            line([
                name,
                iso3,
                &e.state.region,
                &e.state.subregion,
                &edition.id,
                &version,
                cycle,
                id,
                number,
                sub,
                value,
                carried(id),
                &at,
            ])
        };
        for field in edition.fields().filter(|f| keep(&f.id)) {
            let Some(answer) = answers.get(&field.id) else {
                continue;
            };
            let number = printed_number(edition, field);
            for (sub, value) in items(field, answer) {
                one([&field.id, &number, &sub, &value])?;
            }
        }
        if undescribed {
            for (id, raw) in e.version.undescribed(edition) {
                one([&id, "", "", &raw])?;
            }
        }
    }
    Ok(())
}
