# expected: loopscope (simulated network)
# requests is a blocking library: each requests.get holds the program until
# its page has arrived, so four pages take the sum of their times.
import time

import requests

URLS = [
    "https://example.com/",
    "https://httpbin.org/html",
    "https://google.com/",
    "https://api.example.com/products",
]


def main():
    began = time.perf_counter()
    for url in URLS:
        response = requests.get(url)
        print(f"{response.status_code} {url}: {len(response.text)} characters")
    print(f"elapsed {time.perf_counter() - began:.2f}s")


main()
