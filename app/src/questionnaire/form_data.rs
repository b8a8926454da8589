//! The fields of a posted HTML form (application/x-www-form-urlencoded), in
//! order, with repeated names kept: checkbox groups post one pair per ticked
//! box. The pairs are indexed once when parsed (by name, and list rows by
//! field), so reading a field costs the same however big the form is.

use std::collections::{BTreeSet, HashMap};

#[derive(Clone, Debug, Default)]
pub struct FormData {
    pairs: Vec<(String, String)>,
    /// Name -> positions in `pairs`.
    by_name: HashMap<String, Vec<usize>>,
    /// List field id -> its posted row numbers (`{id}.{n}`, `{id}.{n}.{part}`).
    rows: HashMap<String, BTreeSet<usize>>,
}

impl FormData {
    pub fn parse(body: &[u8]) -> Self {
        Self::from_pairs(form_urlencoded::parse(body))
    }

    pub fn from_pairs<K: Into<String>, V: Into<String>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        let pairs: Vec<(String, String)> = pairs
            .into_iter()
            .map(|(k, v)| (k.into(), v.into()))
            .collect();
        let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
        let mut rows: HashMap<String, BTreeSet<usize>> = HashMap::new();
        for (i, (k, _)) in pairs.iter().enumerate() {
            by_name.entry(k.clone()).or_default().push(i);
            if let Some((id, rest)) = k.split_once('.') {
                if let Some(row) = rest.split('.').next().and_then(|r| r.parse().ok()) {
                    rows.entry(id.to_string()).or_default().insert(row);
                }
            }
        }
        FormData {
            pairs,
            by_name,
            rows,
        }
    }

    /// The first value posted under `name`; browsers send `\r\n` line ends,
    /// which are folded to `\n`.
    pub fn get(&self, name: &str) -> Option<String> {
        let i = *self.by_name.get(name)?.first()?;
        Some(self.pairs[i].1.replace("\r\n", "\n"))
    }

    /// The value under `name`, or "" when it was not posted.
    pub fn text(&self, name: &str) -> String {
        self.get(name).unwrap_or_default()
    }

    pub fn all(&self, name: &str) -> Vec<String> {
        self.by_name
            .get(name)
            .map(|ix| ix.iter().map(|&i| self.pairs[i].1.clone()).collect())
            .unwrap_or_default()
    }

    /// How many values were posted under `name`.
    pub fn count(&self, name: &str) -> usize {
        self.by_name.get(name).map_or(0, Vec::len)
    }

    /// The row numbers posted for a list field: names `{id}.{n}` or
    /// `{id}.{n}.{part}`, sorted.
    pub fn rows(&self, id: &str) -> Vec<usize> {
        self.rows
            .get(id)
            .map(|r| r.iter().copied().collect())
            .unwrap_or_default()
    }

    pub fn pairs(&self) -> &[(String, String)] {
        &self.pairs
    }
}

#[cfg(test)]
mod tests {
    use super::FormData;

    #[test]
    fn reads_names_rows_and_repeats() {
        let f = FormData::parse(
            b"q14.0=a&q14.2=c&q14.1=b&q15=x&q15=y&q16.0.name=n&_base.q14=1%3Aab&t=a%0D%0Ab",
        );
        assert_eq!(f.rows("q14"), vec![0, 1, 2]);
        assert_eq!(f.rows("q16"), vec![0]);
        assert_eq!(f.rows("_base"), Vec::<usize>::new());
        assert_eq!(f.all("q15"), vec!["x", "y"]);
        assert_eq!(f.count("q15"), 2);
        assert_eq!(f.get("_base.q14").as_deref(), Some("1:ab"));
        assert_eq!(f.text("t"), "a\nb");
        assert_eq!(f.get("missing"), None);
    }

    /// 60,000 rows are read in well under a second (a scan per row took
    /// seconds).
    #[test]
    fn a_huge_form_is_read_in_linear_time() {
        let body: String = (0..60_000)
            .map(|i| format!("q14.{i}=https%3A%2F%2Fexample.org%2F{i}&"))
            .collect();
        let started = std::time::Instant::now();
        let f = FormData::parse(body.as_bytes());
        let rows = f.rows("q14");
        let read: usize = rows.iter().map(|r| f.text(&format!("q14.{r}")).len()).sum();
        assert_eq!(rows.len(), 60_000);
        assert!(read > 0);
        assert!(
            started.elapsed() < std::time::Duration::from_secs(2),
            "{:?}",
            started.elapsed()
        );
    }
}
