//! The simulated `api.example.com`: a small JSON API of users, orders, products and
//! numbered items, with `POST /create` answering 201.

use super::{Ctx, Served};
use crate::net::json::{self, Json};
use crate::net::HttpRequest;

const USERS: [(&str, &str); 5] = [
    ("Ada Lovelace", "ada@example.com"),
    ("Alan Turing", "alan@example.com"),
    ("Grace Hopper", "grace@example.com"),
    ("Edsger Dijkstra", "edsger@example.com"),
    ("Barbara Liskov", "barbara@example.com"),
];
const PRODUCTS: [(&str, f64); 4] = [
    ("Keyboard", 49.0),
    ("Mouse", 24.5),
    ("Monitor", 189.0),
    ("Desk lamp", 32.0),
];
/// (user, product, quantity)
const ORDERS: [(i64, i64, i64); 4] = [(1, 2, 1), (3, 1, 2), (2, 3, 1), (1, 4, 3)];

fn user(i: usize) -> Json {
    let (name, email) = USERS[i];
    Json::obj([
        ("id", Json::Int(i as i64 + 1)),
        ("name", Json::str(name)),
        ("email", Json::str(email)),
    ])
}

fn product(i: usize) -> Json {
    let (name, price) = PRODUCTS[i];
    Json::obj([
        ("id", Json::Int(i as i64 + 1)),
        ("name", Json::str(name)),
        ("price", Json::Float(price)),
    ])
}

fn order(i: usize) -> Json {
    let (user, product, quantity) = ORDERS[i];
    let price = PRODUCTS[(product - 1) as usize].1;
    Json::obj([
        ("id", Json::Int(101 + i as i64)),
        ("user_id", Json::Int(user)),
        ("product_id", Json::Int(product)),
        ("quantity", Json::Int(quantity)),
        ("total", Json::Float(price * quantity as f64)),
    ])
}

fn item(n: i64) -> Json {
    Json::obj([
        ("id", Json::Int(n)),
        ("name", Json::str(format!("Item {n}"))),
        (
            "price",
            Json::Float(1.0 + (n.rem_euclid(1000) * 37 % 1000) as f64 / 10.0),
        ),
    ])
}

/// Builds the `i`th record of a collection.
type Record = fn(usize) -> Json;

fn api_not_found() -> Served {
    Served::json(404, &Json::obj([("detail", Json::str("Not Found"))]))
}

pub(super) fn api_example_com(req: &HttpRequest, ctx: &mut Ctx) -> Served {
    let path = req.url.path.trim_end_matches('/');
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let method = match req.method.as_str() {
        "HEAD" => "GET",
        m => m,
    };
    let collection = |name: &str| -> Option<(usize, Record)> {
        match name {
            "users" => Some((USERS.len(), user as Record)),
            "products" => Some((PRODUCTS.len(), product)),
            "orders" => Some((ORDERS.len(), order)),
            _ => None,
        }
    };
    match (method, segments.as_slice()) {
        ("GET", [""]) => Served::json(
            200,
            &Json::obj([
                ("name", Json::str("api.example.com (simulated)")),
                (
                    "endpoints",
                    Json::Arr(
                        [
                            "/users",
                            "/orders",
                            "/products",
                            "/item/{n}",
                            "/data",
                            "POST /create",
                        ]
                        .iter()
                        .map(|s| Json::str(*s))
                        .collect(),
                    ),
                ),
            ]),
        ),
        ("GET", [name]) if collection(name).is_some() => {
            let (len, make) = collection(name).unwrap_or((0, user));
            Served::json(200, &Json::Arr((0..len).map(make).collect()))
        }
        ("GET", [name, id]) if collection(name).is_some() => {
            let (len, make) = collection(name).unwrap_or((0, user));
            let base = if *name == "orders" { 101 } else { 1 };
            match id.parse::<usize>() {
                Ok(n) if n >= base && n - base < len => Served::json(200, &make(n - base)),
                _ => api_not_found(),
            }
        }
        ("GET", ["item" | "items", n]) => match n.parse::<i64>() {
            Ok(n) if n >= 0 => Served::json(200, &item(n)),
            _ => api_not_found(),
        },
        ("GET", ["data"]) => Served::json(
            200,
            &Json::obj([
                ("status", Json::str("ok")),
                ("items", Json::Arr((1..=3).map(item).collect())),
                ("count", Json::Int(3)),
            ]),
        ),
        ("POST", ["create" | "users" | "orders" | "products" | "items"]) => {
            let text = String::from_utf8_lossy(&req.body);
            let body = if text.trim().is_empty() {
                Some(Json::Obj(vec![]))
            } else {
                json::parse(&text)
            };
            match body {
                Some(Json::Obj(members)) => {
                    let mut out = vec![("id".to_string(), Json::Int(1001 + i64::from(ctx.index)))];
                    out.extend(members.into_iter().filter(|(k, _)| k != "id"));
                    out.push(("created".into(), Json::Bool(true)));
                    Served::json(201, &Json::Obj(out))
                }
                _ => Served::json(
                    422,
                    &Json::obj([("detail", Json::str("the body must be a JSON object"))]),
                ),
            }
        }
        ("DELETE", [name, _]) if collection(name).is_some() => {
            Served::new(204, "application/json", "")
        }
        ("GET", _) => api_not_found(),
        _ => Served::json(
            405,
            &Json::obj([("detail", Json::str("Method Not Allowed"))]),
        ),
    }
}
