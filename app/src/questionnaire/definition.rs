//! The typed model of one questionnaire edition, as the renderer, the
//! validation, storage, exports and the PDF read it. It is built from a
//! definition file by [`super::loader`], which lints it first.

use super::text::Text;
use serde::Serialize;
use std::collections::HashMap;

#[derive(Clone, Debug, Serialize)]
pub struct Edition {
    /// The edition's id, e.g. "2020"; stored with every response.
    pub id: String,
    pub title: Text,
    pub closing: Text,
    pub intro: Intro,
    pub footnotes: Vec<Footnote>,
    pub sections: Vec<Section>,
    /// What one posted page may carry (`[limits]`, with defaults).
    pub limits: super::limits::Limits,
    /// How the previous edition's answers carry into this one, from the
    /// mapping file beside it (`msq-2026.carry-over.toml`); None: by id.
    #[serde(skip)]
    pub carry_map: Option<super::carry::CarryMap>,
    /// Where each field lives: field id -> (page index, question index, field index).
    #[serde(skip)]
    pub(crate) index: HashMap<String, FieldPlace>,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct FieldPlace {
    pub page: usize,
    pub question: usize,
    pub field: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct Intro {
    pub text: Text,
    pub fields: Vec<Field>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Footnote {
    pub id: String,
    pub text: Text,
}

#[derive(Clone, Debug, Serialize)]
pub struct Section {
    pub id: String,
    pub number: String,
    pub title: Text,
    pub questions: Vec<Question>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Question {
    pub id: String,
    /// As printed in the questionnaire ("1", "X.2"); empty for an unnumbered block.
    pub number: String,
    pub text: Text,
    pub fields: Vec<Field>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Field {
    /// The answer key, stable across editions.
    pub id: String,
    pub number: Option<String>,
    pub label: Option<Text>,
    pub hint: Option<Text>,
    pub required: bool,
    pub show_if: Option<Condition>,
    pub kind: FieldKind,
}

/// `show_if`: the field is asked only when another field has a value.
#[derive(Clone, Debug, Serialize)]
pub struct Condition {
    pub field: String,
    pub equals: String,
}

/// The answer types. Each has its module under `answer_types/`.
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FieldKind {
    Text {
        word_limit: Option<u32>,
        multiline: bool,
    },
    Date,
    Consent,
    YesNo,
    UrlList {
        allow_none: bool,
    },
    NamedLinks {
        url_required: bool,
        name_label: Text,
        url_label: Text,
    },
    Choices {
        options: Vec<ChoiceOption>,
    },
    PercentageOrNa,
    /// A count or an amount: whole (`integer`) or decimal, within `min`
    /// and `max`, printed with its `unit`.
    Number {
        integer: bool,
        min: Option<f64>,
        max: Option<f64>,
        unit: Option<Text>,
    },
    Contact {
        parts: Vec<ContactPart>,
    },
}

impl FieldKind {
    /// The type's name as written in definition files.
    pub fn type_name(&self) -> &'static str {
        match self {
            FieldKind::Text { .. } => "text",
            FieldKind::Date => "date",
            FieldKind::Consent => "consent",
            FieldKind::YesNo => "yes_no",
            FieldKind::UrlList { .. } => "url_list",
            FieldKind::NamedLinks { .. } => "named_links",
            FieldKind::Choices { .. } => "choices",
            FieldKind::PercentageOrNa => "percentage_or_na",
            FieldKind::Number { .. } => "number",
            FieldKind::Contact { .. } => "contact",
        }
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct ChoiceOption {
    pub id: String,
    pub label: Text,
    /// "Other:" options carry a free-text box.
    pub other: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct ContactPart {
    pub id: String,
    pub label: Text,
    pub kind: ContactPartKind,
    pub required: bool,
    pub hint: Option<Text>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactPartKind {
    Text,
    Email,
    Phone,
}

/// A page of the questionnaire as respondents see it: the introduction
/// (front matter) or one section.
#[derive(Clone, Copy, Debug)]
pub enum Page<'a> {
    Intro(&'a Intro),
    Section(&'a Section),
}

/// The slug of the introduction page in URLs.
pub const INTRO_PAGE: &str = "introduction";

/// URL segments after the Member State that are pages of their own, so no
/// section may use them as its id (the linter checks).
pub const RESERVED_SLUGS: [&str; 6] = [
    "check",
    "submit",
    "versions",
    "response.json",
    "audit",
    "audit.csv",
];

impl Edition {
    /// The intro page followed by every section, in order.
    pub fn pages(&self) -> impl Iterator<Item = Page<'_>> {
        std::iter::once(Page::Intro(&self.intro)).chain(self.sections.iter().map(Page::Section))
    }

    pub fn page(&self, slug: &str) -> Option<Page<'_>> {
        self.pages().find(|p| p.slug() == slug)
    }

    pub fn field(&self, id: &str) -> Option<&Field> {
        let place = self.index.get(id)?;
        self.page_at(place.page)
            .fields()
            .nth(place.field_ordinal(self, place.page))
    }

    /// The page that asks a field (for links back to it).
    pub fn page_of(&self, field_id: &str) -> Option<Page<'_>> {
        self.index.get(field_id).map(|p| self.page_at(p.page))
    }

    pub(crate) fn page_at(&self, i: usize) -> Page<'_> {
        if i == 0 {
            Page::Intro(&self.intro)
        } else {
            Page::Section(&self.sections[i - 1])
        }
    }

    /// Every field of the edition, page by page.
    pub fn fields(&self) -> impl Iterator<Item = &Field> {
        self.pages().flat_map(|p| p.fields().collect::<Vec<_>>())
    }

    pub fn footnote(&self, id: &str) -> Option<&Footnote> {
        self.footnotes.iter().find(|f| f.id == id)
    }

    /// The question a field belongs to (None for intro fields).
    pub fn question_of(&self, field_id: &str) -> Option<&Question> {
        let place = self.index.get(field_id)?;
        match self.page_at(place.page) {
            Page::Section(s) => s.questions.get(place.question),
            Page::Intro(_) => None,
        }
    }
}

impl FieldPlace {
    fn field_ordinal(&self, edition: &Edition, page: usize) -> usize {
        match edition.page_at(page) {
            Page::Intro(_) => self.field,
            Page::Section(s) => {
                s.questions[..self.question]
                    .iter()
                    .map(|q| q.fields.len())
                    .sum::<usize>()
                    + self.field
            }
        }
    }
}

impl<'a> Page<'a> {
    pub fn slug(&self) -> &'a str {
        match self {
            Page::Intro(_) => INTRO_PAGE,
            Page::Section(s) => &s.id,
        }
    }

    pub fn fields(&self) -> Box<dyn Iterator<Item = &'a Field> + 'a> {
        match *self {
            Page::Intro(i) => Box::new(i.fields.iter()),
            Page::Section(s) => Box::new(s.questions.iter().flat_map(|q| q.fields.iter())),
        }
    }

    pub fn section(&self) -> Option<&'a Section> {
        match *self {
            Page::Section(s) => Some(s),
            Page::Intro(_) => None,
        }
    }
}
