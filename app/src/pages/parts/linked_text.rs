//! A line of an answer with its web addresses as links, so a reviewer opens
//! the portal a country named in one click. Only `http://` and `https://`
//! addresses that read as web addresses become links (never `javascript:`
//! or `data:`); links open without telling the site where from. Everything
//! else stays text (escaped like any text).

use crate::questionnaire::validation::is_web_url;
use leptos::prelude::*;

/// `text` as text and links, split at whitespace-separated web addresses.
pub fn linked_text(text: &str) -> AnyView {
    let mut parts: Vec<AnyView> = Vec::new();
    let mut plain = String::new();
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            plain.push(' ');
        }
        // A trailing full stop or comma ends the sentence, not the address.
        let address = word.trim_end_matches(['.', ',', ';', ')']);
        let linked = (address.starts_with("http://") || address.starts_with("https://"))
            && !address.contains(['"', '\'', '<', '>', '\\', '`'])
            && is_web_url(address);
        if linked {
            parts.push(std::mem::take(&mut plain).into_any());
            let (href, shown) = (address.to_string(), address.to_string());
            parts.push(view! { <a href=href rel="noopener noreferrer">{shown}</a> }.into_any());
            plain.push_str(&word[address.len()..]);
        } else {
            plain.push_str(word);
        }
    }
    parts.push(plain.into_any());
    parts.into_iter().collect_view().into_any()
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    fn html(text: &str) -> String {
        linked_text(text).to_html()
    }

    #[test]
    fn web_addresses_become_links_and_nothing_else_does() {
        let h = html("See https://www.maroc.ma/portail. And www.gov.ma");
        assert!(h.contains("<a href=\"https://www.maroc.ma/portail\" rel=\"noopener noreferrer\">https://www.maroc.ma/portail</a>"), "{h}");
        assert!(h.contains(". And www.gov.ma"), "{h}");
        for bad in [
            "javascript:alert(1)",
            "data:text/html,<b>x</b>",
            "https://\"onmouseover=x",
        ] {
            assert!(!html(bad).contains("<a "), "{bad}");
        }
        assert!(html("<script>x</script>").contains("&lt;script&gt;"));
    }
}
