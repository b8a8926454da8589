//! `submission_pdfs`: the signed PDF of one submitted version, made once.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "submission_pdfs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub submission_id: i64,
    pub pdf: Vec<u8>,
    /// SHA-256 (hex) of the file.
    pub sha256: String,
    /// SHA-256 (hex) of the signing certificate.
    pub signer: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
