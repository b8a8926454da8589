//! `consent`: one checkbox stating an agreement (the authorization to publish).

use super::ShapeError;
use serde_json::Value;

/// The value a ticked box posts.
pub const TICKED: &str = "yes";

pub fn from_json(v: &Value) -> Result<bool, ShapeError> {
    v.as_bool()
        .ok_or_else(|| ShapeError("expected true or false".into()))
}
