//! The answers travel inside the PDF: the response file as an embedded
//! file (catalog /Names /EmbeddedFiles, and /AF with relationship Data).

use super::basics::text_string;
use lopdf::{dictionary, Document, Object, Stream};

pub const FILE_NAME: &str = "response.json";

pub fn attach(
    doc: &mut Document,
    name: &str,
    description: &str,
    bytes: &[u8],
    date: &str,
) -> Result<(), lopdf::Error> {
    let mut stream = Stream::new(
        dictionary! {
            "Type" => "EmbeddedFile",
            "Subtype" => Object::Name(b"application/json".to_vec()),
            "Params" => dictionary! {
                "Size" => bytes.len() as i64,
                "ModDate" => Object::string_literal(date),
            },
        },
        bytes.to_vec(),
    );
    let _ = stream.compress();
    let file = doc.add_object(stream);
    let spec = doc.add_object(dictionary! {
        "Type" => "Filespec",
        "F" => Object::string_literal(name),
        "UF" => text_string(name),
        "Desc" => text_string(description),
        "AFRelationship" => "Data",
        "EF" => dictionary! { "F" => file, "UF" => file },
    });
    let catalog = doc.catalog_mut()?;
    catalog.set(
        "Names",
        dictionary! {
            "EmbeddedFiles" => dictionary! {
                "Names" => vec![Object::string_literal(name), Object::Reference(spec)],
            },
        },
    );
    catalog.set("AF", vec![Object::Reference(spec)]);
    Ok(())
}
