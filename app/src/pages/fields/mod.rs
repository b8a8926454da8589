//! The control of each answer type, one module each (named like the
//! types in `questionnaire::answer_types`), and the label, hint and error
//! pieces they share. Form names are what `Answer::from_form` reads.

mod choices;
mod consent;
mod contact;
mod date;
mod named_links;
mod number;
mod percentage_or_na;
mod text;
mod url_list;
mod yes_no;

use crate::pages::parts::rich_text::rich_text;
use crate::questionnaire::definition::{Edition, Field, FieldKind};
use crate::questionnaire::display::issue_message;
use crate::questionnaire::validation::element_id;
use crate::questionnaire::{Answer, Issue};
use leptos::prelude::*;

/// Everything a control needs to draw itself.
pub struct FieldView<'a> {
    pub edition: &'a Edition,
    pub field: &'a Field,
    pub answer: Option<&'a Answer>,
    /// The page's problems; each control picks its own.
    pub issues: &'a [Issue],
    /// Blank rows to add to list fields ("Add another").
    pub extra_rows: usize,
    /// Some((number, text)) when the question's text labels this field.
    pub question: Option<(&'a str, &'a str)>,
}

impl FieldView<'_> {
    pub fn id(&self) -> &str {
        &self.field.id
    }

    fn issues_for(&self, part: Option<&str>) -> Vec<&Issue> {
        self.issues
            .iter()
            .filter(|i| i.field == self.field.id && i.part.as_deref() == part)
            .collect()
    }

    fn has_issues(&self) -> bool {
        self.issues.iter().any(|i| i.field == self.field.id)
    }

    /// The error message(s) of a part, with the id `aria-describedby` uses.
    fn errors(&self, part: Option<&str>) -> AnyView {
        let msgs: Vec<String> = self
            .issues_for(part)
            .into_iter()
            .map(|i| issue_message(self.edition, i))
            .collect();
        if msgs.is_empty() {
            return ().into_any();
        }
        let id = format!("{}-error", element_id(self.id(), part));
        let prefix = crate::i18n::tr("errors.error_prefix");
        view! {
            <p class="error-message" id=id>
                {msgs.into_iter().map(|m| view! { <span class="visually-hidden">{prefix}" "</span>{m}<br/> }).collect_view()}
            </p>
        }
        .into_any()
    }

    /// `aria-describedby` for a control: its hint and its errors.
    fn described_by(&self, part: Option<&str>) -> Option<String> {
        let mut ids = Vec::new();
        if self.field.hint.is_some() && part.is_none() {
            ids.push(format!("{}-hint", element_id(self.id(), None)));
        }
        if !self.issues_for(part).is_empty() {
            ids.push(format!("{}-error", element_id(self.id(), part)));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }

    fn hint(&self) -> AnyView {
        match &self.field.hint {
            Some(h) => {
                let id = format!("{}-hint", element_id(self.id(), None));
                view! { <div class="hint" id=id>{rich_text(h.en())}</div> }.into_any()
            }
            None => ().into_any(),
        }
    }

    /// The label's words: the question's (as a heading) or the field's own.
    fn caption(&self) -> AnyView {
        match self.question {
            Some((number, text)) => question_title(number, text),
            None => {
                let number = self.field.number.clone().map(|n| format!("{n}. "));
                let label = self.field.label.as_ref().map(|l| rich_text(l.en()));
                view! { <span class="label-text">{number}{label}</span> }.into_any()
            }
        }
    }

    /// Wraps a group of controls in a fieldset whose legend is the caption.
    fn fieldset(&self, body: AnyView) -> AnyView {
        let class = if self.has_issues() {
            "field field--error"
        } else {
            "field"
        };
        let legend_class = if self.question.is_some() {
            "legend legend--question"
        } else {
            "legend"
        };
        let wrapper = format!("w-{}", self.id());
        let described = self.described_by(None);
        view! {
            <div class=class id=wrapper>
                <fieldset class="fieldset" aria-describedby=described>
                    <legend class=legend_class>{self.caption()}</legend>
                    {self.hint()}
                    {self.errors(None)}
                    {body}
                </fieldset>
            </div>
        }
        .into_any()
    }

    /// A single control with a `<label>`.
    fn labelled(&self, control: AnyView) -> AnyView {
        let class = if self.has_issues() {
            "field field--error"
        } else {
            "field"
        };
        let wrapper = format!("w-{}", self.id());
        let for_id = element_id(self.id(), None);
        let label = match self.question {
            Some((number, text)) => {
                let num = (!number.is_empty())
                    .then(|| view! { <span class="q-num">{format!("{number}.")}</span>" " });
                view! { <h2 class="q-title"><label for=for_id>{num}{rich_text(text)}</label></h2> }
                    .into_any()
            }
            None => view! { <label class="label" for=for_id>{self.caption()}</label> }.into_any(),
        };
        view! {
            <div class=class id=wrapper>
                {label}
                {self.hint()}
                {self.errors(None)}
                {control}
            </div>
        }
        .into_any()
    }
}

/// A question's heading: its number and text.
pub fn question_title(number: &str, text: &str) -> AnyView {
    let num = (!number.is_empty())
        .then(|| view! { <span class="q-num">{format!("{number}.")}</span>" " });
    view! { <h2 class="q-title">{num}{rich_text(text)}</h2> }.into_any()
}

/// The control for a field, chosen by its answer type.
pub fn render_field(v: &FieldView<'_>) -> AnyView {
    match &v.field.kind {
        FieldKind::Text {
            word_limit,
            multiline,
        } => text::render(v, *word_limit, *multiline),
        FieldKind::Date => date::render(v),
        FieldKind::Consent => consent::render(v),
        FieldKind::YesNo => yes_no::render(v),
        FieldKind::UrlList { allow_none } => url_list::render(v, *allow_none),
        FieldKind::NamedLinks {
            name_label,
            url_label,
            ..
        } => named_links::render(v, name_label.en(), url_label.en()),
        FieldKind::Choices { options } => choices::render(v, options),
        FieldKind::PercentageOrNa => percentage_or_na::render(v),
        FieldKind::Number {
            integer,
            min,
            max,
            unit,
        } => number::render(v, *integer, *min, *max, unit.as_ref()),
        FieldKind::Contact { parts } => contact::render(v, parts),
    }
}

/// What goes between `<textarea>` and `</textarea>`: the value escaped
/// (`&` and `<`, so an answer holding `</textarea>` stays text), after a
/// newline (the HTML parser eats one leading newline, so a value that
/// starts with one keeps it). Every textarea of a form takes its content
/// from here.
pub fn textarea_content(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 1);
    out.push('\n');
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            c => out.push(c),
        }
    }
    out
}

/// The "Add another" / "Remove" buttons post `_action`; the page handler
/// saves the form, then shows it again with a row more or less.
pub fn add_row_button(v: &FieldView<'_>, label: &str) -> AnyView {
    let value = format!("add:{}", v.id());
    // Each "Add another" names its question for those who hear it.
    let what = crate::questionnaire::display::field_reference(v.edition, v.id());
    let hidden = crate::i18n::tr_args("field.add_for", &[("what", &what)]);
    view! {
        <button type="submit" class="button button--secondary" name="_action" value=value formnovalidate=true>
            {label.to_string()}<span class="visually-hidden">" "{hidden}</span>
        </button>
    }
    .into_any()
}

/// Hidden while the field has a single row (the browser enhancement shows
/// it again when a row is added in place).
pub fn remove_row_button(shown: bool, field_id: &str, row: usize, label: String) -> AnyView {
    let value = format!("remove:{field_id}:{row}");
    view! { <button type="submit" class="button button--link" name="_action" value=value formnovalidate=true hidden=!shown>{label}</button> }.into_any()
}
