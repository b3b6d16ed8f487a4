-- The sample database every run starts from: a few tables with the names and columns the
-- tutorials' queries assume, and a handful of rows of our own. In the page, PGlite's
-- session is emptied and this runs again before each run's first connection
-- (`db-worker.js`); `cargo xtask` loads it once into the template database `sample` of its
-- throwaway server, and every test program runs on a fresh `mydb` copied from it.
-- Timestamps are fixed so programs can print them.

CREATE TABLE users (
    id serial PRIMARY KEY,
    name text NOT NULL,
    email text UNIQUE,
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamp DEFAULT now()
);

CREATE TABLE orders (
    id serial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    status text NOT NULL,
    total numeric(10, 2) NOT NULL,
    created_at timestamp DEFAULT now()
);

CREATE TABLE events (
    id serial PRIMARY KEY,
    type text NOT NULL,
    payload jsonb,
    created_at timestamptz DEFAULT now()
);

CREATE TABLE accounts (
    id serial PRIMARY KEY,
    owner text NOT NULL,
    balance numeric(12, 2) NOT NULL CHECK (balance >= 0)
);

INSERT INTO users (name, email, is_active, created_at) VALUES
    ('Ada', 'ada@example.com', true, '2024-01-05 09:00:00'),
    ('Grace', 'grace@example.com', true, '2024-01-06 10:30:00'),
    ('Linus', 'linus@example.com', true, '2024-01-07 08:15:00'),
    ('Guido', 'guido@example.com', false, '2024-01-08 14:00:00'),
    ('Barbara', 'barbara@example.com', true, '2024-01-09 16:45:00'),
    ('Ken', 'ken@example.com', true, '2024-01-10 11:20:00'),
    ('Margaret', 'margaret@example.com', false, '2024-01-11 13:05:00');

INSERT INTO orders (user_id, status, total, created_at) VALUES
    (1, 'active', 19.99, '2024-02-01 10:00:00'),
    (1, 'shipped', 5.00, '2024-02-02 11:00:00'),
    (1, 'active', 42.50, '2024-02-03 12:00:00'),
    (2, 'active', 7.25, '2024-02-04 09:30:00'),
    (2, 'delivered', 120.00, '2024-02-05 15:00:00'),
    (3, 'cancelled', 3.10, '2024-02-06 17:45:00'),
    (5, 'shipped', 64.00, '2024-02-07 08:00:00'),
    (6, 'active', 15.75, '2024-02-08 19:10:00');

INSERT INTO events (type, payload, created_at) VALUES
    ('user.signup', '{"user_id": 1, "plan": "free"}', '2024-01-05 09:00:00+00'),
    ('user.login', '{"user_id": 1, "ip": "192.0.2.1"}', '2024-01-05 09:05:00+00'),
    ('order.created', '{"order_id": 1, "total": 19.99}', '2024-02-01 10:00:00+00'),
    ('user.login', '{"user_id": 2, "ip": "192.0.2.7"}', '2024-02-04 09:25:00+00');

INSERT INTO accounts (owner, balance) VALUES
    ('Ada', 100.00),
    ('Grace', 50.00),
    ('Linus', 0.00);
