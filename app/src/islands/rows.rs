//! "Add another" and "Remove" of list fields, in place instead of a page
//! load. Rows stay numbered 1, 2, 3… in the words people read (labels,
//! legends, buttons; the names behind them may skip a number, which the
//! server reads in order), a new row gets the focus, and after a removal
//! the focus moves to the next row, or to "Add another" when the last row
//! went. Without JavaScript the same buttons post the form and the server
//! does the same.

use super::dom::{find, find_all, focus, listen};
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{self, Element, HtmlElement, HtmlFormElement, HtmlInputElement};

pub fn start(form: &HtmlFormElement) {
    let f = form.clone();
    listen(form, "click", move |ev| {
        let Some(button) = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|e| e.closest("button[name=_action]").ok().flatten())
        else {
            return;
        };
        let action = button.get_attribute("value").unwrap_or_default();
        let handled = if let Some(field) = action.strip_prefix("add:") {
            add_row(&f, field)
        } else if let Some((field, _)) = action
            .strip_prefix("remove:")
            .and_then(|r| r.rsplit_once(':'))
        {
            remove_row(&f, field, &button)
        } else {
            false
        };
        if handled {
            ev.prevent_default();
            // Autosave picks the change up like any typing.
            if let Ok(e) = web_sys::Event::new("input") {
                let _ = f.dispatch_event(&e);
            }
        }
    });
}

fn rows_of(form: &HtmlFormElement, field: &str) -> Option<Element> {
    find(form, &format!("#w-{} .rows", field.replace('.', "\\.")))
}

/// Clones the last row with empty values as the next one.
fn add_row(form: &HtmlFormElement, field: &str) -> bool {
    let Some(rows) = rows_of(form, field) else {
        return false;
    };
    let Some(last) = rows.last_element_child() else {
        return false;
    };
    let Some(n) = row_number(&last, field) else {
        return false;
    };
    let shown = rows.child_element_count();
    let Some(row) = last
        .clone_node_with_deep(true)
        .ok()
        .and_then(|n| n.dyn_into::<Element>().ok())
    else {
        return false;
    };
    for el in find_all(&row, "p.error-message") {
        el.remove();
    }
    for input in find_all(&row, "input") {
        if let Ok(input) = input.dyn_into::<HtmlInputElement>() {
            input.set_value("");
            let _ = input.remove_attribute("aria-describedby");
        }
    }
    renumber(&row, field, n, n + 1);
    renumber_words(&row, shown, shown + 1);
    let _ = rows.append_child(&row);
    show_remove_buttons(&rows);
    if let Some(first) = find(&row, "input") {
        focus(&first);
    }
    true
}

/// Removes the row of `button`, renumbers the rows after it and moves the
/// focus on.
fn remove_row(form: &HtmlFormElement, field: &str, button: &Element) -> bool {
    let Some(row) = button.closest(".row").ok().flatten() else {
        return false;
    };
    let Some(rows) = row.parent_element() else {
        return false;
    };
    if rows.child_element_count() <= 1 {
        return false;
    }
    let next = row.next_element_sibling();
    // The rows after it move up by one.
    let mut after = next.clone();
    let mut shown = find_all(&rows, ":scope > .row")
        .iter()
        .position(|r| *r == row)
        .unwrap_or(0) as u32
        + 1;
    row.remove();
    while let Some(r) = after {
        renumber_words(&r, shown + 1, shown);
        shown += 1;
        after = r.next_element_sibling();
    }
    show_remove_buttons(&rows);
    let target = next
        .and_then(|r| find(&r, "input"))
        .or_else(|| find(form, &format!("button[value=\"add:{field}\"]")));
    if let Some(t) = target {
        focus(&t);
    }
    true
}

/// The number in a row's input names (`{field}.{n}…`).
fn row_number(row: &Element, field: &str) -> Option<u32> {
    let name = find(row, "input")?.get_attribute("name")?;
    name.strip_prefix(field)?
        .strip_prefix('.')?
        .split('.')
        .next()?
        .parse()
        .ok()
}

/// A copy of row `from` becomes row `to`: its names (`{field}.{from}`),
/// ids and labels' `for` (`f-{field}-{from}`), its Remove button's value.
fn renumber(row: &Element, field: &str, from: u32, to: u32) {
    let (old_id, new_id) = (format!("f-{field}-{from}"), format!("f-{field}-{to}"));
    for el in find_all(row, "input, label, button") {
        swap_prefix(
            &el,
            "name",
            &format!("{field}.{from}"),
            &format!("{field}.{to}"),
        );
        swap_prefix(&el, "id", &old_id, &new_id);
        swap_prefix(&el, "for", &old_id, &new_id);
        if el.get_attribute("value").as_deref() == Some(&format!("remove:{field}:{from}")) {
            let _ = el.set_attribute("value", &format!("remove:{field}:{to}"));
        }
    }
}

/// The number people read, `from` -> `to`, in a row's labels, legend and
/// Remove button ("URL 3" -> "URL 2").
fn renumber_words(row: &Element, from: u32, to: u32) {
    for el in find_all(row, "label, legend, button") {
        let text = el.text_content().unwrap_or_default();
        el.set_text_content(Some(&replace_number(&text, from, to)));
    }
}

/// `{prefix}…` -> `{new}…`, only where the prefix ends at a separator.
fn swap_prefix(el: &Element, attr: &str, prefix: &str, new: &str) {
    let Some(v) = el.get_attribute(attr) else {
        return;
    };
    if let Some(rest) = v.strip_prefix(prefix) {
        if rest.is_empty() || rest.starts_with(['.', '-']) {
            let _ = el.set_attribute(attr, &format!("{new}{rest}"));
        }
    }
}

/// The last whole number `from` in a text becomes `to` ("URL 1" -> "URL 2",
/// never "URL 11" -> "URL 21").
fn replace_number(text: &str, from: u32, to: u32) -> String {
    let from = from.to_string();
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    let mut end = text.len();
    while let Some(i) = text[..end].rfind(&from) {
        let j = i + from.len();
        if !digit(text[..i].chars().next_back()) && !digit(text[j..].chars().next()) {
            return format!("{}{to}{}", &text[..i], &text[j..]);
        }
        end = i;
    }
    text.to_string()
}

/// "Remove" makes sense only while there are two rows or more.
fn show_remove_buttons(rows: &Element) {
    let many = rows.child_element_count() > 1;
    for b in find_all(rows, "button[value^=\"remove:\"]") {
        if let Some(b) = b.dyn_ref::<HtmlElement>() {
            b.set_hidden(!many);
        }
    }
}
