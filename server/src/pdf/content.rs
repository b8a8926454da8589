//! What the submission PDF says: the cover page, then every section and
//! question of the edition with its answer laid out by answer type, then the
//! visible signature block. Everything here derives from the edition's
//! definition; nothing names a particular question.

use super::fonts::FontSet;
use super::layout::{
    checkbox_rows, leading, text_rows, Block, Item, Pages, Row, BODY_BOTTOM, BODY_WIDTH, BOLD, INK,
    MARGIN_X, MUTED, REGULAR,
};
use super::shaping::Style;
use app::i18n::{tr, tr_args};
use app::questionnaire::answer::is_asked;
use app::questionnaire::answer_types::url_list::UrlList;
use app::questionnaire::definition::{Field, FieldKind, Question};
use app::questionnaire::display::answer_lines;
use app::questionnaire::text::{plain, segments, Segment};
use app::questionnaire::{Answer, Answers, Edition};

/// The submission being printed.
pub struct Submission<'a> {
    pub edition: &'a Edition,
    /// ISO 3166-1 alpha-3.
    pub member_state: &'a str,
    /// None for a draft (`msq pdf` of an unsubmitted response file).
    pub version: Option<i32>,
    /// "2020-03-31 14:05 UTC".
    pub submitted_at: String,
    pub submitted_by: &'a str,
    /// SHA-256 (hex) of the canonical JSON of the answers.
    pub sha256: &'a str,
    pub answers: &'a Answers,
}

/// The visible signature block's text.
pub struct SignatureText {
    pub signer: String,
    /// "2020-03-31 14:05:09 UTC".
    pub time: String,
}

/// Where the signature block was drawn: page index and rectangle (points,
/// from the top-left corner).
#[derive(Clone, Copy, Debug)]
pub struct BlockPlace {
    pub page: usize,
    pub x: f32,
    pub top: f32,
    pub width: f32,
    pub height: f32,
}

fn version_text(s: &Submission) -> String {
    s.version
        .map_or_else(|| tr("pdf.draft").to_string(), |v| v.to_string())
}

const TITLE: Style = Style {
    weight: BOLD,
    size: 17.0,
};
const HEADING: Style = Style {
    weight: BOLD,
    size: 13.0,
};
const QUESTION: Style = Style {
    weight: BOLD,
    size: 10.0,
};
const BODY: Style = Style {
    weight: REGULAR,
    size: 10.0,
};
const SMALL: Style = Style {
    weight: REGULAR,
    size: 8.0,
};

/// Indent of a question's text after its number, and of its answers.
const NUMBER_COLUMN: f32 = 30.0;
const ANSWER_INDENT: f32 = NUMBER_COLUMN + 12.0;

pub fn member_state_name(iso3: &str) -> String {
    app::member_states::by_iso3(iso3)
        .map(|m| m.name.clone())
        .unwrap_or_else(|| iso3.to_string())
}

/// Lays the whole document out; returns the pages' items and where the
/// signature block is.
pub fn build(fonts: &FontSet, s: &Submission, sig: &SignatureText) -> (Pages, BlockPlace) {
    let mut pages = Pages::new();
    cover(fonts, s, &mut pages);
    for section in &s.edition.sections {
        pages.new_page();
        let mut heading = text_rows(
            fonts,
            &format!("{}. {}", section.number, plain(section.title.en())),
            HEADING,
            MARGIN_X,
            BODY_WIDTH,
            INK,
        );
        heading.push(Row::space(6.0));
        let mut first = true;
        for q in &section.questions {
            let mut block = question_block(fonts, s, q);
            if first {
                // The heading stays with the first question.
                block.keep += heading.len();
                let mut rows = std::mem::take(&mut heading);
                rows.append(&mut block.rows);
                block.rows = rows;
                first = false;
            }
            pages.place(block);
        }
        if first {
            pages.place(Block {
                keep: heading.len(),
                rows: heading,
            });
        }
    }
    let closing = text_rows(
        fonts,
        &plain(s.edition.closing.en()),
        BODY,
        MARGIN_X,
        BODY_WIDTH,
        MUTED,
    );
    pages.place(Block {
        keep: closing.len(),
        rows: closing,
    });
    let place = signature_block(fonts, s, sig, &mut pages);
    (pages, place)
}

fn cover(fonts: &FontSet, s: &Submission, pages: &mut Pages) {
    let mut rows = vec![Row::space(40.0)];
    rows.extend(text_rows(
        fonts,
        &plain(s.edition.title.en()),
        TITLE,
        MARGIN_X,
        BODY_WIDTH,
        INK,
    ));
    rows.push(Row::space(18.0));
    let name = member_state_name(s.member_state);
    rows.extend(text_rows(
        fonts,
        &format!("{name} ({})", s.member_state),
        HEADING,
        MARGIN_X,
        BODY_WIDTH,
        INK,
    ));
    rows.push(Row::space(14.0));
    let facts = [
        (tr("version.version"), version_text(s)),
        (tr("version.submitted_at"), s.submitted_at.clone()),
        (tr("version.submitted_by"), s.submitted_by.to_string()),
        (tr("version.edition"), s.edition.id.clone()),
    ];
    for (label, value) in facts {
        rows.extend(label_value_rows(fonts, label, &value));
    }
    rows.push(Row::space(10.0));
    // The front matter's answers (date, authorization to publish).
    for f in &s.edition.intro.fields {
        rows.extend(field_rows(fonts, s, f, 0.0));
        rows.push(Row::space(4.0));
    }
    rows.push(Row::space(10.0));
    rows.extend(label_value_rows(fonts, tr("version.sha256"), s.sha256));
    pages.place(Block { keep: 0, rows });
}

const LABEL_WIDTH: f32 = 130.0;

fn label_value_rows(fonts: &FontSet, label: &str, value: &str) -> Vec<Row> {
    let mut rows = text_rows(
        fonts,
        value,
        BODY,
        MARGIN_X + LABEL_WIDTH,
        BODY_WIDTH - LABEL_WIDTH,
        INK,
    );
    let label_rows = text_rows(fonts, label, QUESTION, MARGIN_X, LABEL_WIDTH - 8.0, INK);
    for (i, l) in label_rows.into_iter().enumerate() {
        match rows.get_mut(i) {
            Some(r) => r.items.extend(l.items),
            None => rows.push(l),
        }
    }
    rows.push(Row::space(3.0));
    rows
}

/// Superscript digits for footnote markers.
fn superscript(id: &str) -> String {
    const SUP: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    if id.chars().all(|c| c.is_ascii_digit()) {
        id.chars().map(|c| SUP[c as usize - '0' as usize]).collect()
    } else {
        format!("[{id}]")
    }
}

/// A text with its footnote markers as superscripts, and the ids referred to.
fn with_markers(text: &str, notes: &mut Vec<String>) -> String {
    segments(text)
        .into_iter()
        .map(|seg| match seg {
            Segment::Words(w) => w.to_string(),
            Segment::Footnote(id) => {
                if !notes.iter().any(|n| n == id) {
                    notes.push(id.to_string());
                }
                superscript(id)
            }
        })
        .collect()
}

fn question_block(fonts: &FontSet, s: &Submission, q: &Question) -> Block {
    let mut notes = Vec::new();
    let text = with_markers(q.text.en(), &mut notes);
    let mut rows = text_rows(
        fonts,
        &text,
        QUESTION,
        MARGIN_X + NUMBER_COLUMN,
        BODY_WIDTH - NUMBER_COLUMN,
        INK,
    );
    if !q.number.is_empty() {
        let number = text_rows(
            fonts,
            &format!("{}.", q.number),
            QUESTION,
            MARGIN_X,
            NUMBER_COLUMN,
            INK,
        );
        if let (Some(first), Some(n)) = (rows.first_mut(), number.into_iter().next()) {
            first.items.extend(n.items);
        }
    }
    rows.push(Row::space(3.0));
    let keep = rows.len() + 1;
    for f in &q.fields {
        let label = f.label.as_ref().map(|l| with_markers(l.en(), &mut notes));
        let mut field = field_rows_labelled(fonts, s, f, label.as_deref(), ANSWER_INDENT - 12.0);
        rows.append(&mut field);
        rows.push(Row::space(4.0));
    }
    for id in notes {
        if let Some(note) = s.edition.footnote(&id) {
            rows.extend(text_rows(
                fonts,
                &format!("{} {}", superscript(&id), plain(note.text.en())),
                SMALL,
                MARGIN_X + NUMBER_COLUMN,
                BODY_WIDTH - NUMBER_COLUMN,
                MUTED,
            ));
        }
    }
    rows.push(Row::space(10.0));
    Block { rows, keep }
}

/// A field of the front matter (its label from the definition).
fn field_rows(fonts: &FontSet, s: &Submission, f: &Field, indent: f32) -> Vec<Row> {
    let label = f.label.as_ref().map(|l| plain(l.en()));
    field_rows_labelled(fonts, s, f, label.as_deref(), indent)
}

fn field_rows_labelled(
    fonts: &FontSet,
    s: &Submission,
    f: &Field,
    label: Option<&str>,
    indent: f32,
) -> Vec<Row> {
    let x = MARGIN_X + indent;
    let width = BODY_WIDTH - indent;
    let mut rows = Vec::new();
    // A consent's label is the statement its box ticks.
    let consent = matches!(f.kind, FieldKind::Consent);
    if let Some(label) = label.filter(|_| !consent) {
        let label = match &f.number {
            Some(n) => format!("{n}. {label}"),
            None => label.to_string(),
        };
        rows.extend(text_rows(fonts, &label, BODY, x, width, INK));
    }
    let ax = x + 12.0;
    let aw = width - 12.0;
    if !is_asked(f, s.answers) {
        rows.extend(text_rows(fonts, tr("pdf.not_asked"), BODY, ax, aw, MUTED));
        return rows;
    }
    let answer = s.answers.get(&f.id).filter(|a| !a.is_empty());
    match (&f.kind, answer) {
        (FieldKind::Consent, a) => {
            let ticked = matches!(a, Some(Answer::Consent(true)));
            rows.extend(checkbox_rows(
                fonts,
                ticked,
                label.unwrap_or(""),
                BODY,
                x,
                width,
            ));
        }
        (FieldKind::YesNo, a) => {
            let value = match a {
                Some(Answer::YesNo(v)) => v.as_str(),
                _ => "",
            };
            for (id, key) in [("yes", "field.yes"), ("no", "field.no")] {
                rows.extend(checkbox_rows(fonts, value == id, tr(key), BODY, ax, aw));
            }
            if answer.is_none() {
                rows.extend(unanswered(fonts, ax, aw));
            }
        }
        (FieldKind::Choices { options }, a) => {
            let chosen = match a {
                Some(Answer::Choices(c)) => Some(c),
                _ => None,
            };
            for o in options {
                let ticked = chosen.is_some_and(|c| c.is_selected(&o.id));
                let mut label = plain(o.label.en());
                if let Some(c) = chosen.filter(|c| o.other && ticked && !c.other.is_empty()) {
                    label = format!("{label} {}", c.other);
                }
                rows.extend(checkbox_rows(fonts, ticked, &label, BODY, ax, aw));
            }
            if chosen.is_none() {
                rows.extend(unanswered(fonts, ax, aw));
            }
        }
        (_, None) => rows.extend(unanswered(fonts, ax, aw)),
        (FieldKind::UrlList { .. }, Some(Answer::UrlList(UrlList::None))) => {
            rows.extend(text_rows(fonts, tr("field.none_answer"), BODY, ax, aw, INK));
        }
        (FieldKind::UrlList { .. } | FieldKind::NamedLinks { .. }, Some(a)) => {
            for line in answer_lines(f, a) {
                rows.extend(bullet_rows(fonts, &line, ax, aw));
            }
        }
        (_, Some(a)) => {
            for line in answer_lines(f, a) {
                rows.extend(text_rows(fonts, &line, BODY, ax, aw, INK));
            }
        }
    }
    rows
}

fn unanswered(fonts: &FontSet, x: f32, width: f32) -> Vec<Row> {
    text_rows(fonts, tr("pdf.unanswered"), BODY, x, width, MUTED)
}

fn bullet_rows(fonts: &FontSet, text: &str, x: f32, width: f32) -> Vec<Row> {
    let mut rows = text_rows(fonts, text, BODY, x + 10.0, width - 10.0, INK);
    if let (Some(first), Some(b)) = (
        rows.first_mut(),
        text_rows(fonts, "•", BODY, x, 10.0, INK).into_iter().next(),
    ) {
        first.items.extend(b.items);
    }
    rows
}

/// The visible signature block, kept whole on the last page.
fn signature_block(
    fonts: &FontSet,
    s: &Submission,
    sig: &SignatureText,
    pages: &mut Pages,
) -> BlockPlace {
    let pad = 8.0;
    let x = MARGIN_X + pad;
    let width = BODY_WIDTH - 2.0 * pad;
    let mut inner = text_rows(fonts, tr("pdf.signature_title"), QUESTION, x, width, INK);
    for (label, value) in [
        (tr("pdf.signed_by"), sig.signer.as_str()),
        (tr("pdf.signed_at"), sig.time.as_str()),
        (tr("version.sha256"), s.sha256),
    ] {
        inner.extend(text_rows(
            fonts,
            &format!("{label}: {value}"),
            SMALL,
            x,
            width,
            INK,
        ));
    }
    let height = inner.iter().map(|r| r.height).sum::<f32>() + 2.0 * pad;
    let mut rows = vec![Row::space(12.0)];
    let mut first = Row {
        height: pad,
        items: vec![Item::Frame {
            x: MARGIN_X,
            top: 0.0,
            width: BODY_WIDTH,
            height,
        }],
    };
    if inner.is_empty() {
        first.height = height;
    }
    rows.push(first);
    rows.extend(inner);
    rows.push(Row::space(pad));
    let keep = rows.len();
    let total: f32 = rows.iter().map(|r| r.height).sum();
    if BODY_BOTTOM - pages.cursor() < total {
        pages.new_page();
    }
    let top = pages.cursor() + 12.0;
    pages.place(Block { rows, keep });
    BlockPlace {
        page: pages.pages.len() - 1,
        x: MARGIN_X,
        top,
        width: BODY_WIDTH,
        height,
    }
}

/// The header and footer of every page: Member State, edition, version,
/// "Page x of y".
pub fn decorate(fonts: &FontSet, s: &Submission, pages: &mut Pages) {
    let total = pages.pages.len();
    let header = tr_args(
        "pdf.header",
        &[
            ("country", &member_state_name(s.member_state)),
            ("edition", &s.edition.id),
            ("version", &version_text(s)),
        ],
    );
    for (i, page) in pages.pages.iter_mut().enumerate() {
        let mut add = |rows: Vec<Row>, top: f32| {
            let mut y = top;
            for r in rows {
                page.extend(r.items.into_iter().map(|it| shift(it, y)));
                y += r.height;
            }
        };
        add(
            text_rows(fonts, &header, SMALL, MARGIN_X, BODY_WIDTH, MUTED),
            30.0,
        );
        let footer = tr_args("pdf.page_of", &[("page", &(i + 1)), ("pages", &total)]);
        add(
            text_rows(fonts, &footer, SMALL, MARGIN_X, BODY_WIDTH, MUTED),
            BODY_BOTTOM + 24.0,
        );
        page.push(Item::Rule {
            x1: MARGIN_X,
            x2: MARGIN_X + BODY_WIDTH,
            y: 30.0 + leading(SMALL.size) + 2.0,
        });
    }
}

fn shift(item: Item, dy: f32) -> Item {
    match item {
        Item::Text {
            line,
            x,
            baseline,
            grey,
        } => Item::Text {
            line,
            x,
            baseline: baseline + dy,
            grey,
        },
        other => other,
    }
}
