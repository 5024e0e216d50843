//! Rooms against real databases (issue 3, in progress): the Tartu demo data.

mod support;

use app::rooms::entity::{institution, room};
use app::rooms::model::{Feature, LayoutKind};
use app::rooms::rules::{check_request, hours_in_words, local_to_utc, quote, Interval, PriceCategory};
use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

on_both_databases! {
    async fn the_demo_city_has_its_institutions_and_rooms_once(app) {
        app::seed::seed_demo(&app.db).await.unwrap();
        app::seed::seed_demo(&app.db).await.unwrap();
        assert!(institution::Entity::find().count(&app.db).await.unwrap() >= 8);
        assert!(room::Entity::find().count(&app.db).await.unwrap() >= 25);
        // The demo room manager's institution 1 is the first one seeded.
        let first = institution::Entity::find_by_id(1).one(&app.db).await.unwrap().unwrap();
        assert_eq!(first.name, "Hugo Treffneri Gümnaasium");
    }

    async fn the_auditorium_is_as_the_source_describes_it(app) {
        app::seed::seed_demo(&app.db).await.unwrap();
        let auditorium = room::Entity::find()
            .filter(room::Column::Slug.eq("htg-auditoorium"))
            .one(&app.db)
            .await
            .unwrap()
            .expect("the Auditoorium is seeded");
        let settings = auditorium.settings.0;
        assert_eq!(auditorium.area_dm2, 21_200);
        assert_eq!(auditorium.max_capacity, 100);
        assert_eq!(settings.layouts[0].kind, LayoutKind::Theatre);
        assert!(settings.features.contains(&Feature::ForcedVentilation) && settings.features.contains(&Feature::DeskSockets));
        assert_eq!(hours_in_words(&settings.rules.weekly, app::core::i18n::Locale::Et), "E–R 17:00–21:00");
        // Next Tuesday 18:00–20:00 costs 100.00 €.
        let tuesday = NaiveDate::from_ymd_opt(2026, 12, 8).unwrap();
        let at = |h| local_to_utc(tuesday, NaiveTime::from_hms_opt(h, 0, 0).unwrap()).unwrap();
        let booking = Interval { start: at(18), end: at(20) };
        let now = Utc.with_ymd_and_hms(2026, 11, 28, 12, 0, 0).unwrap();
        assert!(check_request(&settings.rules, &booking, 80, now, &[]).is_empty());
        assert_eq!(quote(&settings.pricing, &[], &booking, PriceCategory::Standard).total_cents, 10_000);

        let hall = room::Entity::find()
            .filter(room::Column::Slug.eq("linnaraamatukogu-konverentsisaal"))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(hall.area_dm2, 9_720);
        assert_eq!(hall.settings.0.pricing.day_rate.unwrap().cents, 15_000);
        assert_eq!(hall.settings.0.add_ons.len(), 2);
    }
}
