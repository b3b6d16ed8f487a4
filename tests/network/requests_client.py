# expected: loopscope (simulated network)
# requests against the simulated network: responses, JSON, headers, status errors and
# requests' exception messages, and Session.
import requests
from requests.exceptions import HTTPError


r = requests.get("https://google.com")
print(r, r.status_code, r.ok, r.reason, len(r.text), r.encoding)
print(r.headers["content-type"], "Content-Length" in r.headers)

r = requests.get("https://api.example.com/users", params={"active": "true"})
print(r.url, [u["name"] for u in r.json()][:2])

r = requests.post("https://httpbin.org/post", json={"ids": [1, 2, 3]})
print(r.status_code, r.json()["json"], r.json()["headers"]["User-Agent"])
r = requests.post("https://httpbin.org/post", data={"key": "value"})
print(r.json()["form"], r.request.headers["Content-Type"])

r = requests.get("https://httpbin.org/status/404")
print(r, bool(r))
try:
    r.raise_for_status()
except HTTPError as e:
    print(type(e).__name__, e, e.response.status_code)
try:
    requests.get("https://httpbin.org/status/500").raise_for_status()
except requests.exceptions.RequestException as e:
    print(e)

try:
    requests.get("https://no-such-host.invalid/path")
except requests.ConnectionError as e:
    print(type(e).__name__, e)
try:
    requests.get("http://localhost:8000/")
except requests.exceptions.ConnectionError as e:
    print(e)
try:
    requests.get("https://httpbin.org/delay/3", timeout=1)
except requests.Timeout as e:
    print(type(e).__name__, e)
try:
    requests.get("https://httpbin.org/delay/3", timeout=(0.001, 5))
except requests.exceptions.ConnectTimeout as e:
    print(type(e).__name__, isinstance(e, requests.ConnectionError))
try:
    requests.get("example.com")
except requests.exceptions.MissingSchema as e:
    print(e)
try:
    requests.get("ftp://example.com/file")
except requests.exceptions.InvalidSchema as e:
    print(e)
try:
    requests.get("https://example.com/").json()
except requests.exceptions.JSONDecodeError as e:
    print(type(e).__name__, e)

with requests.Session() as s:
    s.headers.update({"X-Token": "abc"})
    r = s.get("https://httpbin.org/headers")
    print(r.json()["headers"]["X-Token"], r.elapsed.total_seconds() > 0)
print(requests.codes.ok, requests.codes.not_found, requests.__version__)
