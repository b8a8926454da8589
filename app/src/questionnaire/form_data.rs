//! The fields of a posted HTML form (application/x-www-form-urlencoded), in
//! order, with repeated names kept: checkbox groups post one pair per ticked
//! box.

#[derive(Clone, Debug, Default)]
pub struct FormData {
    pairs: Vec<(String, String)>,
}

impl FormData {
    pub fn parse(body: &[u8]) -> Self {
        FormData {
            pairs: form_urlencoded::parse(body)
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        }
    }

    pub fn from_pairs<K: Into<String>, V: Into<String>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        FormData {
            pairs: pairs
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        }
    }

    /// The first value posted under `name`; browsers send `\r\n` line ends,
    /// which are folded to `\n`.
    pub fn get(&self, name: &str) -> Option<String> {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.replace("\r\n", "\n"))
    }

    /// The value under `name`, or "" when it was not posted.
    pub fn text(&self, name: &str) -> String {
        self.get(name).unwrap_or_default()
    }

    pub fn all(&self, name: &str) -> Vec<String> {
        self.pairs
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }

    /// The row numbers posted for a list field: names `{id}.{n}` or
    /// `{id}.{n}.{part}`, sorted.
    pub fn rows(&self, id: &str) -> Vec<usize> {
        let prefix = format!("{id}.");
        let mut rows: Vec<usize> = self
            .pairs
            .iter()
            .filter_map(|(k, _)| k.strip_prefix(&prefix))
            .filter_map(|rest| rest.split('.').next()?.parse().ok())
            .collect();
        rows.sort_unstable();
        rows.dedup();
        rows
    }

    pub fn pairs(&self) -> &[(String, String)] {
        &self.pairs
    }
}
