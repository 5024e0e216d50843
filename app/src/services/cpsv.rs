//! The catalogue as CPSV-AP 3.2.0 JSON-LD (the EU Core Public Service Vocabulary), so other
//! portals can read it. Built from plain values here; `server.rs` gathers them. Every node
//! carries its `@type`, because the official SHACL shapes check classes without inference.
//!
//! The context is inline (full IRIs), never the remote SEMIC context: a reader must not
//! need the network to understand the file. The owner is a `cv:Participation` whose role
//! is the concept "owner" and whose participant is the named official (a `foaf:Agent`).

use serde_json::{json, Value};

/// One service with what the export needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportService {
    pub slug: String,
    /// (language, text) pairs; Estonian first.
    pub names: Vec<(&'static str, String)>,
    pub descriptions: Vec<(&'static str, String)>,
    pub department_slug: String,
    /// (language, word) pairs.
    pub keywords: Vec<(&'static str, String)>,
    /// Channels as (identifier, kind) — kind `e-service`, `in-person`, `phone`, `e-mail`.
    pub channels: Vec<(String, &'static str)>,
    pub processing_days: Option<u32>,
    /// The owner's id and name.
    pub owner: Option<(i32, String)>,
    pub status: &'static str,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportDepartment {
    pub slug: String,
    pub names: Vec<(&'static str, String)>,
}

/// Tartu on GeoNames: the area every department serves.
const TARTU: &str = "https://sws.geonames.org/588335/";

fn context() -> Value {
    json!({
        "cpsv": "http://purl.org/vocab/cpsv#",
        "cv": "http://data.europa.eu/m8g/",
        "dct": "http://purl.org/dc/terms/",
        "dcat": "http://www.w3.org/ns/dcat#",
        "foaf": "http://xmlns.com/foaf/0.1/",
        "skos": "http://www.w3.org/2004/02/skos/core#",
        "adms": "http://www.w3.org/ns/adms#",
        "xsd": "http://www.w3.org/2001/XMLSchema#"
    })
}

fn texts(pairs: &[(&'static str, String)]) -> Value {
    Value::Array(pairs.iter().filter(|(_, t)| !t.trim().is_empty()).map(|(lang, text)| json!({"@language": lang, "@value": text})).collect())
}

fn department_node(base: &str, d: &ExportDepartment) -> Value {
    json!({
        "@id": format!("{base}/departments/{}", d.slug),
        "@type": "cv:PublicOrganisation",
        "skos:prefLabel": texts(&d.names),
        "dct:spatial": {"@id": TARTU, "@type": "dct:Location"}
    })
}

fn service_nodes(base: &str, s: &ExportService) -> Vec<Value> {
    let id = format!("{base}/services/{}", s.slug);
    let mut service = json!({
        "@id": id,
        "@type": "cpsv:PublicService",
        "dct:identifier": s.slug,
        "dct:title": texts(&s.names),
        "dct:description": texts(&s.descriptions),
        "cv:hasCompetentAuthority": {"@id": format!("{base}/departments/{}", s.department_slug)},
        "adms:status": {"@id": format!("{base}/service-status/{}", s.status), "@type": "skos:Concept"},
        "dcat:keyword": s.keywords.iter().map(|(lang, word)| json!({"@language": lang, "@value": word})).collect::<Vec<_>>(),
        "cv:hasChannel": s.channels.iter().map(|(channel_id, _)| json!({"@id": format!("{id}#channel-{channel_id}")})).collect::<Vec<_>>(),
    });
    if let Some(days) = s.processing_days {
        service["cv:processingTime"] = json!({"@value": format!("P{days}D"), "@type": "xsd:duration"});
    }
    let mut nodes = Vec::new();
    for (channel_id, kind) in &s.channels {
        nodes.push(json!({
            "@id": format!("{id}#channel-{channel_id}"),
            "@type": "cv:Channel",
            "dct:identifier": format!("{}-{channel_id}", s.slug),
            "dct:type": {"@id": format!("{base}/channel-types/{kind}"), "@type": "skos:Concept", "skos:prefLabel": {"@language": "en", "@value": kind}}
        }));
    }
    if let Some((owner_id, owner_name)) = &s.owner {
        service["cv:hasParticipation"] = json!({"@id": format!("{id}#owner")});
        nodes.push(json!({
            "@id": format!("{id}#owner"),
            "@type": "cv:Participation",
            "dct:identifier": format!("{}-owner", s.slug),
            "dct:description": [{"@language": "et", "@value": "Teenuse omanik"}, {"@language": "en", "@value": "Service owner"}],
            "cv:role": {"@id": format!("{base}/participation-roles/owner"), "@type": "skos:Concept", "skos:prefLabel": {"@language": "en", "@value": "owner"}},
            "cv:hasParticipant": {
                "@id": format!("{base}/service-owners/{owner_id}"),
                "@type": "foaf:Agent",
                "dct:identifier": format!("service-owner-{owner_id}"),
                "dct:title": {"@language": "et", "@value": owner_name}
            }
        }));
    }
    nodes.insert(0, service);
    nodes
}

/// The concept schemes the export mints IRIs in: `{base}/{scheme}/{key}`. Each concept
/// resolves to its own document (`concept`), so a reader following an `@id` never meets a 404.
pub const CONCEPT_SCHEMES: [&str; 3] = ["service-status", "channel-types", "participation-roles"];

/// A concept's labels as (language, text), or `None` when the scheme has no such key.
fn concept_labels(scheme: &str, key: &str) -> Option<Vec<(&'static str, String)>> {
    use crate::core::i18n::Locale;
    let three = |et: &str, en: &str, ru: &str| {
        Some(vec![
            ("et", et.to_owned()),
            ("en", en.to_owned()),
            ("ru", ru.to_owned()),
        ])
    };
    match (scheme, key) {
        ("service-status", key) => {
            let status = super::model::ServiceStatus::from_key(key)?;
            Some(
                [Locale::Et, Locale::En, Locale::Ru]
                    .into_iter()
                    .map(|l| (l.code(), status.label().text(l).to_owned()))
                    .collect(),
            )
        }
        ("channel-types", "e-service") => three("E-teenus", "E-service", "Э-услуга"),
        ("channel-types", "in-person") => three("Kohapeal", "In person", "На месте"),
        ("channel-types", "phone") => three("Telefon", "Phone", "Телефон"),
        ("channel-types", "e-mail") => three("E-post", "E-mail", "Электронная почта"),
        ("participation-roles", "owner") => {
            three("Teenuse omanik", "Service owner", "Владелец услуги")
        }
        _ => None,
    }
}

/// `{base}/{scheme}/{key}` as a JSON-LD `skos:Concept`, or `None` for an unknown one.
pub fn concept(base: &str, scheme: &str, key: &str) -> Option<Value> {
    let labels = concept_labels(scheme, key)?;
    Some(json!({
        "@context": context(),
        "@id": format!("{base}/{scheme}/{key}"),
        "@type": "skos:Concept",
        "skos:prefLabel": texts(&labels),
        "skos:notation": key
    }))
}

/// `{base}/departments/{slug}` as a JSON-LD document.
pub fn department(base: &str, d: &ExportDepartment) -> Value {
    let mut node = department_node(base, d);
    node["@context"] = context();
    node
}

/// `{base}/service-owners/{id}`: the official named as owner, as a JSON-LD `foaf:Agent`.
pub fn owner(base: &str, id: i32, name: &str) -> Value {
    json!({
        "@context": context(),
        "@id": format!("{base}/service-owners/{id}"),
        "@type": "foaf:Agent",
        "dct:identifier": format!("service-owner-{id}"),
        "dct:title": {"@language": "et", "@value": name}
    })
}

/// The whole catalogue (or one service) as a JSON-LD document.
pub fn document(base: &str, departments: &[ExportDepartment], services: &[ExportService]) -> Value {
    let mut graph: Vec<Value> = departments.iter().map(|d| department_node(base, d)).collect();
    for s in services {
        graph.extend(service_nodes(base, s));
    }
    json!({"@context": context(), "@graph": graph})
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> ExportService {
        ExportService {
            slug: "lasteaiakoha-taotlemine".into(),
            names: vec![("et", "Lasteaiakoha taotlemine".into()), ("en", "Applying for a kindergarten place".into())],
            descriptions: vec![("et", "Taotle kohta.".into()), ("en", "".into())],
            department_slug: "haridusosakond".into(),
            keywords: vec![("et", "lasteaed".into()), ("en", "kindergarten".into())],
            channels: vec![("1".into(), "e-service")],
            processing_days: Some(30),
            owner: Some((3, "Kadri Tamm".into())),
            status: "active",
        }
    }

    #[test]
    fn every_concept_the_export_uses_has_a_document() {
        for kind in ["e-service", "in-person", "phone", "e-mail"] {
            assert!(
                concept("https://raekoda.test", "channel-types", kind).is_some(),
                "{kind}"
            );
        }
        let active = concept("https://raekoda.test", "service-status", "active").unwrap();
        assert_eq!(active["@id"], "https://raekoda.test/service-status/active");
        assert_eq!(
            active["skos:prefLabel"][1],
            json!({"@language": "en", "@value": "Active"})
        );
        assert!(concept("https://raekoda.test", "participation-roles", "owner").is_some());
        assert!(concept("https://raekoda.test", "channel-types", "fax").is_none());
        assert!(concept("https://raekoda.test", "service-status", "paused").is_none());
    }

    #[test]
    fn each_keyword_carries_the_language_it_was_stored_in() {
        let doc = document("https://raekoda.test", &[], &[sample()]);
        let keywords = &doc["@graph"][0]["dcat:keyword"];
        assert_eq!(
            keywords[0],
            json!({"@language": "et", "@value": "lasteaed"})
        );
        assert_eq!(
            keywords[1],
            json!({"@language": "en", "@value": "kindergarten"})
        );
    }

    #[test]
    fn a_service_has_its_authority_channel_and_owner_as_a_participation() {
        let doc = document("https://raekoda.test", &[ExportDepartment { slug: "haridusosakond".into(), names: vec![("et", "Haridusosakond".into())] }], &[sample()]);
        let graph = doc["@graph"].as_array().unwrap();
        assert_eq!(graph[0]["@type"], "cv:PublicOrganisation");
        let service = &graph[1];
        assert_eq!(service["@type"], "cpsv:PublicService");
        assert_eq!(service["cv:processingTime"]["@value"], "P30D");
        assert_eq!(service["dct:description"].as_array().unwrap().len(), 1, "empty translations are left out");
        let owner = graph.iter().find(|n| n["@type"] == "cv:Participation").unwrap();
        assert_eq!(owner["cv:role"]["skos:prefLabel"]["@value"], "owner");
        assert_eq!(owner["cv:hasParticipant"]["dct:title"]["@value"], "Kadri Tamm");
    }
}
