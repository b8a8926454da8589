//! Drafts on a real SQLite file and (with MSQ_TEST_POSTGRES_URL) a real
//! PostgreSQL database: round trip, the optimistic conflict check, durability
//! across a reconnect, and concurrent writers.

use crate::support::{backends, config_for, TestDb};
use serde_json::json;
use server::drafts::{store, Change, Mode, Saver};

async fn connect(db: &TestDb) -> sea_orm::DatabaseConnection {
    server::db::connect(&config_for(db).database_url)
        .await
        .unwrap()
}

#[tokio::test]
async fn answers_round_trip_with_who_and_when() {
    for backend in backends() {
        let tdb = TestDb::new(backend).await;
        let db = connect(&tdb).await;
        let saver = Saver::start(db.clone());
        let r = store::response_for(&db, "2020", "FRA").await.unwrap();
        let again = store::response_for(&db, "2020", "FRA").await.unwrap();
        assert_eq!(
            r.id, again.id,
            "{backend:?}: one response per Member State and edition"
        );

        let changes = vec![
            Change {
                field_id: "q1".into(),
                base_revision: 0,
                value: Some(json!([
                    "https://www.gouvernement.fr",
                    "https://www.service-public.fr"
                ])),
            },
            Change {
                field_id: "q6".into(),
                base_revision: 0,
                value: Some(json!("Oui – « France 2030 », 数字政府, حكومة رقمية")),
            },
            Change {
                field_id: "q17".into(),
                base_revision: 0,
                value: Some(json!({"percent": 72.5, "note": "INSEE 2019"})),
            },
        ];
        let report = saver
            .save("2020", "FRA", &changes, "Ana Pereira", Mode::Partial)
            .await
            .unwrap();
        assert_eq!(report.saved.len(), 3, "{backend:?}");
        assert!(report.conflicts.is_empty());
        db.close().await.unwrap();

        // A new connection (a restarted server) reads exactly what was acknowledged.
        let db = connect(&tdb).await;
        let saver = Saver::start(db.clone());
        let stored = store::load(&db, r.id).await.unwrap();
        assert_eq!(
            stored["q1"].value,
            Some(json!([
                "https://www.gouvernement.fr",
                "https://www.service-public.fr"
            ]))
        );
        assert_eq!(
            stored["q6"].value,
            Some(json!("Oui – « France 2030 », 数字政府, حكومة رقمية"))
        );
        assert_eq!(
            stored["q17"].value,
            Some(json!({"note": "INSEE 2019", "percent": 72.5}))
        );
        assert_eq!(stored["q6"].revision, 1);
        assert_eq!(stored["q6"].updated_by, "Ana Pereira");
        assert!((chrono::Utc::now() - stored["q6"].updated_at).num_seconds() < 60);

        // Clearing an answer keeps the row (and its history) with no value.
        let report = saver
            .save(
                "2020",
                "FRA",
                &[Change {
                    field_id: "q6".into(),
                    base_revision: 1,
                    value: None,
                }],
                "Ana Pereira",
                Mode::Partial,
            )
            .await
            .unwrap();
        assert_eq!(report.saved, vec![("q6".to_string(), 2)]);
        assert_eq!(store::load(&db, r.id).await.unwrap()["q6"].value, None);
        db.close().await.unwrap();
        tdb.drop_database().await;
    }
}

#[tokio::test]
async fn a_later_save_on_a_stale_revision_is_refused_with_the_other_value() {
    for backend in backends() {
        let tdb = TestDb::new(backend).await;
        let db = connect(&tdb).await;
        let saver = Saver::start(db.clone());
        let r = store::response_for(&db, "2020", "KEN").await.unwrap();
        // Both people loaded the page when q14 had no answer (revision 0).
        let first = saver
            .save(
                "2020",
                "KEN",
                &[Change {
                    field_id: "q14".into(),
                    base_revision: 0,
                    value: Some(json!("Ministry guidelines 2019")),
                }],
                "Wanjiru",
                Mode::Partial,
            )
            .await
            .unwrap();
        assert_eq!(first.saved, vec![("q14".to_string(), 1)]);
        let second = saver
            .save(
                "2020",
                "KEN",
                &[
                    Change {
                        field_id: "q14".into(),
                        base_revision: 0,
                        value: Some(json!("No guidelines yet")),
                    },
                    Change {
                        field_id: "q16".into(),
                        base_revision: 0,
                        value: Some(json!("ICT Authority")),
                    },
                ],
                "Otieno",
                Mode::Partial,
            )
            .await
            .unwrap();
        assert_eq!(
            second.saved,
            vec![("q16".to_string(), 1)],
            "{backend:?}: the other answer is saved"
        );
        assert_eq!(second.conflicts.len(), 1);
        let c = &second.conflicts[0];
        assert_eq!(c.field_id, "q14");
        assert_eq!(c.theirs, Some(json!("Ministry guidelines 2019")));
        assert_eq!(c.by, "Wanjiru");
        assert_eq!(c.revision, 1);
        // Never a silent overwrite.
        assert_eq!(
            store::load(&db, r.id).await.unwrap()["q14"].value,
            Some(json!("Ministry guidelines 2019"))
        );
        // Deliberately replacing it from the revision they were shown works.
        let third = saver
            .save(
                "2020",
                "KEN",
                &[Change {
                    field_id: "q14".into(),
                    base_revision: 1,
                    value: Some(json!("No guidelines yet")),
                }],
                "Otieno",
                Mode::Partial,
            )
            .await
            .unwrap();
        assert_eq!(third.saved, vec![("q14".to_string(), 2)]);
        // All or nothing: a conflict writes none of the changes.
        let fourth = saver
            .save(
                "2020",
                "KEN",
                &[
                    Change {
                        field_id: "q21".into(),
                        base_revision: 0,
                        value: Some(json!("ITU indicators")),
                    },
                    Change {
                        field_id: "q14".into(),
                        base_revision: 1,
                        value: Some(json!("stale")),
                    },
                ],
                "import",
                Mode::AllOrNothing,
            )
            .await
            .unwrap();
        assert!(fourth.saved.is_empty());
        assert_eq!(fourth.conflicts.len(), 1);
        assert!(
            !store::load(&db, r.id).await.unwrap().contains_key("q21"),
            "{backend:?}: nothing partially written"
        );
        db.close().await.unwrap();
        tdb.drop_database().await;
    }
}

#[tokio::test]
async fn concurrent_writers_on_one_answer_never_lose_an_acknowledged_save() {
    for backend in backends() {
        let tdb = TestDb::new(backend).await;
        let db = connect(&tdb).await;
        let saver = Saver::start(db.clone());
        let r = store::response_for(&db, "2020", "BRA").await.unwrap();
        // 16 people save the same answer from the same revision at once:
        // exactly one wins, the others get a conflict naming the winner.
        let mut tasks = Vec::new();
        for i in 0..16 {
            let saver = saver.clone();
            tasks.push(tokio::spawn(async move {
                let who = format!("person {i}");
                let change = Change {
                    field_id: "q23".into(),
                    base_revision: 0,
                    value: Some(json!(format!("answer {i}"))),
                };
                (
                    who.clone(),
                    saver
                        .save("2020", "BRA", &[change], &who, Mode::Partial)
                        .await
                        .unwrap(),
                )
            }));
        }
        let mut winners = Vec::new();
        for t in tasks {
            let (who, report) = t.await.unwrap();
            if !report.saved.is_empty() {
                winners.push(who);
            } else {
                assert_eq!(report.conflicts.len(), 1);
            }
        }
        assert_eq!(winners.len(), 1, "{backend:?}: {winners:?}");
        let stored = store::load(&db, r.id).await.unwrap();
        assert_eq!(stored["q23"].updated_by, winners[0]);
        assert_eq!(stored["q23"].revision, 1);
        db.close().await.unwrap();
        tdb.drop_database().await;
    }
}

/// 64 writers on 64 responses at once (the group-commit path): every save
/// is acknowledged, and what each was acknowledged is what is stored.
#[tokio::test]
async fn many_concurrent_writers_are_all_acknowledged_and_stored() {
    for backend in backends() {
        let tdb = TestDb::new(backend).await;
        let db = connect(&tdb).await;
        let saver = Saver::start(db.clone());
        let codes: Vec<String> = app::member_states::all()
            .iter()
            .take(64)
            .map(|m| m.iso3.clone())
            .collect();
        let mut tasks = Vec::new();
        for code in codes.clone() {
            let saver = saver.clone();
            tasks.push(tokio::spawn(async move {
                let mut revision = 0;
                for n in 0..5 {
                    let change = Change {
                        field_id: "q21".into(),
                        base_revision: revision,
                        value: Some(json!(format!("{code} {n}"))),
                    };
                    let report = saver
                        .save("2020", &code, &[change], &code, Mode::Partial)
                        .await
                        .unwrap();
                    assert!(
                        report.conflicts.is_empty(),
                        "{code}: {:?}",
                        report.conflicts
                    );
                    revision = report.saved[0].1;
                }
                revision
            }));
        }
        for t in tasks {
            assert_eq!(t.await.unwrap(), 5, "{backend:?}");
        }
        for code in &codes {
            let r = store::find_response(&db, "2020", code)
                .await
                .unwrap()
                .unwrap();
            let stored = store::load(&db, r.id).await.unwrap();
            assert_eq!(
                stored["q21"].value,
                Some(json!(format!("{code} 4"))),
                "{backend:?}"
            );
            assert_eq!(stored["q21"].updated_by, *code);
        }
        db.close().await.unwrap();
        tdb.drop_database().await;
    }
}
