//! An answer as readable lines of text (check-your-answers, conflict
//! messages; later the PDF reads the same).

use crate::i18n::tr;
use crate::questionnaire::answer_types::{percentage_or_na::Mode, url_list::UrlList};
use crate::questionnaire::definition::{Field, FieldKind};
use crate::questionnaire::text::plain;
use crate::questionnaire::Answer;

pub fn answer_lines(field: &Field, answer: &Answer) -> Vec<String> {
    match (answer, &field.kind) {
        (Answer::Text(s) | Answer::Date(s), _) => s.lines().map(str::to_string).collect(),
        (Answer::Consent(b), _) => {
            vec![if *b { tr("field.yes") } else { tr("field.no") }.to_string()]
        }
        (Answer::YesNo(v), _) => vec![match v.as_str() {
            "yes" => tr("field.yes").to_string(),
            "no" => tr("field.no").to_string(),
            other => other.to_string(),
        }],
        (Answer::UrlList(UrlList::None), _) => vec![tr("field.none_answer").to_string()],
        (Answer::UrlList(UrlList::Urls(u)), _) => u.clone(),
        (Answer::NamedLinks(rows), _) => rows
            .iter()
            .map(|r| {
                if r.url.is_empty() {
                    r.name.clone()
                } else {
                    format!("{} – {}", r.name, r.url)
                }
            })
            .collect(),
        (Answer::Choices(c), FieldKind::Choices { options }) => c
            .selected
            .iter()
            .map(|id| match options.iter().find(|o| &o.id == id) {
                Some(o) if o.other && !c.other.is_empty() => {
                    format!("{} {}", plain(o.label.en()), c.other)
                }
                Some(o) => plain(o.label.en()),
                None => id.clone(),
            })
            .collect(),
        (Answer::PercentageOrNa(p), _) => {
            let mut out = match p.effective_mode() {
                Some(Mode::Percent) => vec![format!("{} %", p.percent)],
                Some(Mode::NotAvailable) => {
                    vec![format!("{}: {}", tr("field.not_available"), p.reason)]
                }
                None => vec![],
            };
            if !p.note.is_empty() {
                out.push(format!("{}: {}", tr("field.note"), p.note));
            }
            out
        }
        (Answer::Contact(c), FieldKind::Contact { parts }) => parts
            .iter()
            .filter_map(|p| {
                let v = c.get(&p.id).filter(|v| !v.is_empty())?;
                Some(format!("{}: {}", p.label.en(), v))
            })
            .collect(),
        (other, _) => vec![other.to_json().to_string()],
    }
}
