//! Comfort for the answers form when JavaScript runs: follow-up questions
//! appear only when their condition holds (question 11 when 10 is "Yes"),
//! and "Add another" / "Remove" change the rows in place instead of
//! reloading the page. Without JavaScript the same buttons post the form
//! and the server does the same.

use leptos::prelude::*;

#[island]
pub fn FormEnhancements(
    /// The id of the form to enhance.
    form_id: String,
) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    client::start(&form_id);
    #[cfg(not(feature = "hydrate"))]
    let _ = &form_id;
}

#[cfg(feature = "hydrate")]
mod client {
    use leptos::prelude::*;
    use leptos::wasm_bindgen::{closure::Closure, JsCast};
    use leptos::web_sys::{self, Element, HtmlElement, HtmlFormElement, HtmlInputElement};

    pub fn start(form_id: &str) {
        let Some(form) = document()
            .get_element_by_id(form_id)
            .and_then(|f| f.dyn_into::<HtmlFormElement>().ok())
        else {
            return;
        };
        update_conditionals(&form);
        let f = form.clone();
        let on_change = Closure::<dyn FnMut()>::new(move || update_conditionals(&f));
        let _ = form.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        on_change.forget();

        let f = form.clone();
        let on_click =
            Closure::<dyn FnMut(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
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
                } else if action.starts_with("remove:") {
                    remove_row(&f, &button)
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
        let _ = form.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
        on_click.forget();
    }

    /// Shows a follow-up only while its condition holds (`data-show-if="q10=yes"`),
    /// or while it holds an answer that will not be sent (`data-unsent`).
    fn update_conditionals(form: &HtmlFormElement) {
        let Ok(blocks) = form.query_selector_all("[data-show-if]") else {
            return;
        };
        for i in 0..blocks.length() {
            let Some(block) = blocks
                .item(i)
                .and_then(|n| n.dyn_into::<HtmlElement>().ok())
            else {
                continue;
            };
            let cond = block.get_attribute("data-show-if").unwrap_or_default();
            let Some((field, value)) = cond.split_once('=') else {
                continue;
            };
            let selector = format!("input[name=\"{field}\"][value=\"{value}\"]");
            let holds = form
                .query_selector(&selector)
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
                .is_some_and(|i| i.checked());
            // An answer typed there stays in view with its warning (it
            // will not be sent) until the person changes one or the other.
            block.set_hidden(!holds && !block.has_attribute("data-unsent"));
        }
    }

    /// Clones the last row of a list field with empty values and the next
    /// row number in its names and ids.
    fn add_row(form: &HtmlFormElement, field: &str) -> bool {
        let Some(rows) = form
            .query_selector(&format!("#w-{field} .rows"))
            .ok()
            .flatten()
        else {
            return false;
        };
        let Some(last) = rows.last_element_child() else {
            return false;
        };
        // The last row's number (rows may have been removed before).
        let Some(prev) = last
            .query_selector("input")
            .ok()
            .flatten()
            .and_then(|i| i.get_attribute("name"))
            .and_then(|n| {
                n.strip_prefix(&format!("{field}."))?
                    .split('.')
                    .next()?
                    .parse::<u32>()
                    .ok()
            })
        else {
            return false;
        };
        let next = prev + 1;
        let Ok(node) = last.clone_node_with_deep(true) else {
            return false;
        };
        let Ok(row) = node.dyn_into::<Element>() else {
            return false;
        };
        let Ok(inputs) = row.query_selector_all("input, label, legend, button, p.error-message")
        else {
            return false;
        };
        for i in 0..inputs.length() {
            let Some(el) = inputs.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            if el.class_list().contains("error-message") {
                el.remove();
                continue;
            }
            renumber(&el, "name", field, prev, next, '.');
            renumber(&el, "id", field, prev, next, '-');
            renumber(&el, "for", field, prev, next, '-');
            if el.get_attribute("value").as_deref() == Some(&format!("remove:{field}:{prev}")) {
                let _ = el.set_attribute("value", &format!("remove:{field}:{next}"));
            }
            if let Ok(input) = el.clone().dyn_into::<HtmlInputElement>() {
                input.set_value("");
                let _ = input.remove_attribute("aria-describedby");
            }
            if matches!(el.tag_name().as_str(), "LABEL" | "LEGEND" | "BUTTON") {
                let text = el.text_content().unwrap_or_default();
                el.set_text_content(Some(
                    &text.replace(&(prev + 1).to_string(), &(next + 1).to_string()),
                ));
            }
        }
        let _ = rows.append_child(&row);
        show_remove_buttons(&rows);
        if let Some(first) = row
            .query_selector("input")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        {
            let _ = first.focus();
        }
        true
    }

    /// `{field}.{prev}` -> `{field}.{next}` (ids use '-').
    fn renumber(el: &Element, attr: &str, field: &str, prev: u32, next: u32, sep: char) {
        let Some(v) = el.get_attribute(attr) else {
            return;
        };
        let id_field = if sep == '-' {
            format!("f-{field}")
        } else {
            field.to_string()
        };
        let from = format!("{id_field}{sep}{prev}");
        if v.starts_with(&from) {
            let _ = el.set_attribute(
                attr,
                &v.replacen(&from, &format!("{id_field}{sep}{next}"), 1),
            );
        }
    }

    fn remove_row(form: &HtmlFormElement, button: &Element) -> bool {
        let Some(row) = button.closest(".row").ok().flatten() else {
            return false;
        };
        let Some(rows) = row.parent_element() else {
            return false;
        };
        if rows.child_element_count() <= 1 {
            return false;
        }
        row.remove();
        show_remove_buttons(&rows);
        let _ = form;
        true
    }

    /// "Remove" makes sense only while there are two rows or more.
    fn show_remove_buttons(rows: &Element) {
        let many = rows.child_element_count() > 1;
        if let Ok(buttons) = rows.query_selector_all("button[value^=\"remove:\"]") {
            for i in 0..buttons.length() {
                if let Some(b) = buttons
                    .item(i)
                    .and_then(|n| n.dyn_into::<HtmlElement>().ok())
                {
                    b.set_hidden(!many);
                }
            }
        }
    }
}
