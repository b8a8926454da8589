//! The section form's protocol, in one place for the server and the
//! browser: what a posted page holds ([`PagePost`], read once from the
//! form), the revision marker each field carries ([`RevisionMarker`], so a
//! save made on top of someone else's newer one is caught), and what
//! autosave gets back ([`AutosaveReply`]).

use super::answer::{fingerprint, Answer, Answers};
use super::definition::Page;
use super::form_data::FormData;
use super::validation::Issue;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;

/// The revision of a field's value when the page was loaded, and the
/// fingerprint of that value: `"3:ab12…"` in the form (`_base.{field}`)
/// and in the autosave reply. Revision 0 is "never saved".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RevisionMarker {
    pub revision: i64,
    pub fingerprint: String,
}

impl RevisionMarker {
    /// The marker of a stored value (None: cleared or never saved).
    pub fn of(revision: i64, value: Option<&Value>) -> RevisionMarker {
        RevisionMarker {
            revision,
            fingerprint: fingerprint(value.unwrap_or(&Value::Null)),
        }
    }

    /// The name of the hidden input that carries a field's marker.
    pub fn input_name(field_id: &str) -> String {
        format!("_base.{field_id}")
    }

    /// A marker as the form sent it; anything unreadable is revision 0
    /// with no fingerprint (the save then goes through the revision check
    /// as a first save would).
    pub fn parse(s: &str) -> RevisionMarker {
        let (revision, fingerprint) = s.split_once(':').unwrap_or(("0", ""));
        RevisionMarker {
            revision: revision.parse().unwrap_or(0),
            fingerprint: fingerprint.to_string(),
        }
    }

    /// Whether `value` is the value the marker was made of (unchanged since
    /// the page was loaded).
    pub fn is_of(&self, value: Option<&Value>) -> bool {
        fingerprint(value.unwrap_or(&Value::Null)) == self.fingerprint
    }
}

impl fmt::Display for RevisionMarker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.revision, self.fingerprint)
    }
}

impl Serialize for RevisionMarker {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for RevisionMarker {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(RevisionMarker::parse(&String::deserialize(d)?))
    }
}

/// What the page's buttons ask for (`_action`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageAction {
    Save,
    Continue,
    Autosave,
    /// One more blank row of a list field.
    AddRow(String),
    /// Remove row `n` of a list field.
    RemoveRow(String, usize),
    /// Confirm the answer of this field carried over from the previous
    /// edition (after saving the page).
    Confirm(String),
    /// Confirm every carried answer of the page.
    ConfirmPage,
}

impl PageAction {
    /// The action a form asks for; a row action names a field of this page,
    /// else it is a plain Save (a crafted value never reaches a redirect).
    fn of(form: &FormData, page: Page<'_>) -> PageAction {
        let raw = form.get("_action").unwrap_or_default();
        let on_page = |id: &str| page.fields().any(|f| f.id == id);
        if let Some(field) = raw.strip_prefix("add:").filter(|f| on_page(f)) {
            return PageAction::AddRow(field.to_string());
        }
        if let Some((field, row)) = raw.strip_prefix("remove:").and_then(|r| r.rsplit_once(':')) {
            if let (true, Ok(row)) = (on_page(field), row.parse()) {
                return PageAction::RemoveRow(field.to_string(), row);
            }
        }
        if let Some(field) = raw.strip_prefix("confirm:").filter(|f| on_page(f)) {
            return PageAction::Confirm(field.to_string());
        }
        // "enter": the form's hidden default button (Enter in a field) saves.
        match raw.as_str() {
            "confirm-page" => PageAction::ConfirmPage,
            "continue" => PageAction::Continue,
            "autosave" => PageAction::Autosave,
            _ => PageAction::Save,
        }
    }
}

/// One field of a posted page.
#[derive(Clone, Debug, PartialEq)]
pub struct PostedField {
    pub id: String,
    /// What the person typed (possibly empty).
    pub answer: Answer,
    /// The marker the page was loaded with.
    pub base: RevisionMarker,
}

impl PostedField {
    /// The value to store: None when the answer is empty (cleared).
    pub fn value(&self) -> Option<Value> {
        (!self.answer.is_empty()).then(|| self.answer.to_json())
    }

    /// Whether the person changed it since the page was loaded.
    pub fn changed(&self) -> bool {
        !self.base.is_of(self.value().as_ref())
    }
}

/// The form parameter naming the fields an autosave sends (space
/// separated): only those are read, the page's other fields are left as
/// they are. Without it, every field of the page is read (the Save buttons).
pub const FIELDS_PARAM: &str = "_fields";

/// A posted page of the questionnaire, read once: every field of the page
/// in order, and what was asked.
#[derive(Clone, Debug, PartialEq)]
pub struct PagePost {
    pub action: PageAction,
    pub fields: Vec<PostedField>,
}

impl PagePost {
    /// Reads the form of `page` (a removed row is left out first).
    pub fn parse(page: Page<'_>, form: &FormData) -> PagePost {
        let action = PageAction::of(form, page);
        let trimmed;
        let form = match &action {
            PageAction::RemoveRow(field, row) => {
                let prefix = format!("{field}.{row}");
                let nested = format!("{prefix}.");
                trimmed = FormData::from_pairs(
                    form.pairs()
                        .iter()
                        .filter(|(k, _)| !(k == &prefix || k.starts_with(&nested)))
                        .cloned(),
                );
                &trimmed
            }
            _ => form,
        };
        // An autosave of some fields only.
        let only: Option<Vec<String>> = (action == PageAction::Autosave)
            .then(|| form.get(FIELDS_PARAM))
            .flatten()
            .map(|list| list.split_whitespace().map(str::to_string).collect());
        let fields = page
            .fields()
            .filter(|f| only.as_ref().is_none_or(|ids| ids.contains(&f.id)))
            .map(|f| PostedField {
                id: f.id.clone(),
                answer: Answer::from_form(f, form),
                base: RevisionMarker::parse(
                    &form
                        .get(&RevisionMarker::input_name(&f.id))
                        .unwrap_or_default(),
                ),
            })
            .collect();
        PagePost { action, fields }
    }

    /// The answers given (empty ones are not answers).
    pub fn answers(&self) -> Answers {
        self.fields
            .iter()
            .filter(|f| !f.answer.is_empty())
            .map(|f| (f.id.clone(), f.answer.clone()))
            .collect()
    }

    /// The fields changed since the page was loaded.
    pub fn changed(&self) -> impl Iterator<Item = &PostedField> {
        self.fields.iter().filter(|f| f.changed())
    }

    pub fn field(&self, id: &str) -> Option<&PostedField> {
        self.fields.iter().find(|f| f.id == id)
    }
}

/// What autosave gets back (JSON), written by the server and read by the
/// island. Status 200: saved; 409: a conflict or a locked response (its
/// `message` says which); the answers of `saved` have moved to the new
/// markers, which the page takes for its next save. Any other error is
/// the server's `{"error", "message"}`, which reads as a reply with
/// nothing saved and its message.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AutosaveReply {
    /// The new marker of each field written.
    #[serde(default)]
    pub saved: BTreeMap<String, RevisionMarker>,
    /// When, as people read it ("14:05 UTC").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saved_at: Option<String>,
    /// The answers not written: someone else saved them first.
    #[serde(default)]
    pub conflicts: Vec<ConflictReply>,
    /// The problems of the fields posted (the whole page from a Save
    /// button; an autosave sends only `_fields`), for scripts; the island shows
    /// them from the page itself, so it does not read them: keeping their
    /// reader out of the browser bundle saves 14 KB).
    #[serde(default, skip_deserializing)]
    pub issues: Vec<Issue>,
    /// The response's status, when it is no longer editable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locked: Option<String>,
    /// What to tell the person, when something is wrong.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl AutosaveReply {
    /// Whether everything posted was written.
    pub fn all_saved(&self) -> bool {
        self.conflicts.is_empty() && self.locked.is_none()
    }
}

/// An answer someone else saved first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConflictReply {
    pub field: String,
    /// Their value (None: they cleared it).
    pub theirs: Option<Value>,
    /// Their answer as a person reads it in one line ("" when cleared).
    #[serde(default)]
    pub theirs_text: String,
    pub by: String,
    /// RFC 3339.
    pub at: String,
}

/// What the browser reads of an [`AutosaveReply`], with its own JSON
/// parser (a JSON library would double the bundle): the same fields, by
/// the names serde gives them (a test below holds the two together).
#[cfg(feature = "hydrate")]
pub struct BrowserReply {
    /// (field, its new revision marker as the form carries it)
    pub saved: Vec<(String, String)>,
    pub saved_at: Option<String>,
    pub conflicts: Vec<ConflictReply>,
    pub locked: Option<String>,
    pub message: Option<String>,
}

#[cfg(feature = "hydrate")]
impl BrowserReply {
    pub fn parse(text: &str) -> Option<BrowserReply> {
        use leptos::wasm_bindgen::JsValue;
        use leptos::web_sys::js_sys::{Array, Object, Reflect, JSON};
        let v = JSON::parse(text).ok()?;
        let get = |o: &JsValue, k: &str| Reflect::get(o, &JsValue::from_str(k)).ok();
        let string = |o: &JsValue, k: &str| get(o, k).and_then(|v| v.as_string());
        let mut reply = BrowserReply {
            saved: Vec::new(),
            saved_at: string(&v, "saved_at"),
            conflicts: Vec::new(),
            locked: string(&v, "locked"),
            message: string(&v, "message"),
        };
        if let Some(saved) = get(&v, "saved").filter(|s| s.is_object()) {
            for entry in Object::entries(&Object::from(saved)).iter() {
                let pair = Array::from(&entry);
                if let (Some(field), Some(marker)) =
                    (pair.get(0).as_string(), pair.get(1).as_string())
                {
                    reply.saved.push((field, marker));
                }
            }
        }
        if let Some(list) = get(&v, "conflicts").filter(Array::is_array) {
            for c in Array::from(&list).iter() {
                reply.conflicts.push(ConflictReply {
                    field: string(&c, "field").unwrap_or_default(),
                    theirs: None,
                    theirs_text: string(&c, "theirs_text").unwrap_or_default(),
                    by: string(&c, "by").unwrap_or_default(),
                    at: string(&c, "at").unwrap_or_default(),
                });
            }
        }
        Some(reply)
    }

    /// Whether everything posted was written ([`AutosaveReply::all_saved`]).
    pub fn all_saved(&self) -> bool {
        self.conflicts.is_empty() && self.locked.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marker_reads_back_and_garbage_reads_as_a_first_save() {
        let m = RevisionMarker::of(3, Some(&Value::String("a".into())));
        assert_eq!(RevisionMarker::parse(&m.to_string()), m);
        assert!(m.is_of(Some(&Value::String("a".into()))));
        assert!(!m.is_of(None));
        assert_eq!(RevisionMarker::parse("x:y").revision, 0);
        assert_eq!(RevisionMarker::parse("").fingerprint, "");
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, format!("\"{m}\""));
        assert_eq!(serde_json::from_str::<RevisionMarker>(&json).unwrap(), m);
    }

    #[test]
    fn confirm_buttons_name_a_field_of_the_page_and_enter_saves() {
        let edition = crate::questionnaire::loader::load_str(
            "msq-2020.toml",
            include_str!("../../../editions/msq-2020.toml"),
        )
        .unwrap();
        let page = edition.page("social-media").unwrap();
        let action = |a: &str| PageAction::of(&FormData::from_pairs([("_action", a)]), page);
        assert_eq!(action("confirm:q14"), PageAction::Confirm("q14".into()));
        assert_eq!(action("confirm-page"), PageAction::ConfirmPage);
        // A field of another page, or none, is a plain save.
        assert_eq!(action("confirm:q1"), PageAction::Save);
        assert_eq!(action("confirm:"), PageAction::Save);
        assert_eq!(action("enter"), PageAction::Save);
    }

    #[test]
    fn an_error_body_reads_as_a_reply_with_its_message() {
        let r: AutosaveReply =
            serde_json::from_str(r#"{"error": "Too large", "message": "Shorten it."}"#).unwrap();
        assert!(r.saved.is_empty());
        assert_eq!(r.message.as_deref(), Some("Shorten it."));
    }

    /// `BrowserReply::parse` reads these keys by name: a renamed field of
    /// the reply must be renamed there too.
    #[test]
    fn the_reply_has_the_keys_the_browser_reads() {
        let reply = AutosaveReply {
            saved: BTreeMap::from([("q1".to_string(), RevisionMarker::of(2, None))]),
            saved_at: Some("10:00 UTC".into()),
            conflicts: vec![ConflictReply {
                field: "q2".into(),
                theirs: None,
                theirs_text: "Theirs".into(),
                by: "Ana".into(),
                at: "2026-12-01T10:00:00Z".into(),
            }],
            issues: vec![],
            locked: Some("submitted".into()),
            message: Some("Locked".into()),
        };
        let v = serde_json::to_value(&reply).unwrap();
        for key in ["saved", "saved_at", "conflicts", "locked", "message"] {
            assert!(v.get(key).is_some(), "{key}");
        }
        for key in ["field", "theirs_text", "by", "at"] {
            assert!(v["conflicts"][0][key].is_string(), "{key}");
        }
        assert!(v["saved"]["q1"].is_string());
    }

    #[test]
    fn an_autosave_of_some_fields_reads_only_those() {
        let edition = crate::questionnaire::loader::load_str(
            "msq-2020.toml",
            include_str!("../../../editions/msq-2020.toml"),
        )
        .unwrap();
        let page = edition.page("international-cooperation").unwrap();
        let form =
            FormData::from_pairs([("_action", "autosave"), (FIELDS_PARAM, "q23"), ("q23", "x")]);
        let post = PagePost::parse(page, &form);
        assert_eq!(post.fields.len(), 1);
        assert_eq!(post.fields[0].id, "q23");
        // The Save buttons send the whole page: every field is read.
        let form = FormData::from_pairs([("_action", "save"), (FIELDS_PARAM, "q23"), ("q23", "x")]);
        assert_eq!(
            PagePost::parse(page, &form).fields.len(),
            page.fields().count()
        );
        assert!(page.fields().count() > 1);
    }
}
