# fastapi.security: OAuth2 bearer tokens, HTTP Bearer and Basic, API keys in a header or
# the query — each a dependency answering 401 with its WWW-Authenticate scheme when the
# credentials are missing — and the OAuth2 password flow's form, read from an
# urlencoded body.
import asyncio
from typing import Annotated, Optional
import httpx
from fastapi import Depends, FastAPI, Security
from fastapi.security import (APIKeyHeader, APIKeyQuery, APIKeyCookie, HTTPAuthorizationCredentials, HTTPBasic,
                              HTTPBasicCredentials, HTTPBearer, OAuth2PasswordBearer, OAuth2PasswordRequestForm)
app = FastAPI()
oauth2 = OAuth2PasswordBearer(tokenUrl="token")
oauth2_opt = OAuth2PasswordBearer(tokenUrl="token", auto_error=False)
bearer = HTTPBearer()
basic = HTTPBasic()
key = APIKeyHeader(name="X-API-Key")
keyq = APIKeyQuery(name="api_key", auto_error=False)
@app.get("/oauth")
async def a(token: Annotated[str, Depends(oauth2)]): return {"token": token}
@app.get("/oauth-opt")
async def b(token: Optional[str] = Depends(oauth2_opt)): return {"token": token}
@app.get("/bearer")
async def c(cred: HTTPAuthorizationCredentials = Depends(bearer)): return {"scheme": cred.scheme, "cred": cred.credentials}
@app.get("/basic")
async def d(cred: HTTPBasicCredentials = Depends(basic)): return {"user": cred.username, "pw": cred.password}
@app.get("/key")
async def e(k: str = Security(key), q: Optional[str] = Depends(keyq)): return {"k": k, "q": q}
USERS = {"ada": "secret"}


@app.post("/token")
async def login(form: Annotated[OAuth2PasswordRequestForm, Depends()]):
    if USERS.get(form.username) != form.password:
        return {"error": "Incorrect username or password"}
    return {"access_token": form.username + "-token", "token_type": "bearer",
            "scopes": form.scopes}


async def main():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        for p, h in [("/oauth", {}), ("/oauth", {"Authorization": "Bearer abc"}), ("/oauth", {"Authorization": "Basic abc"}), ("/oauth-opt", {}),
                     ("/bearer", {}), ("/bearer", {"Authorization": "Bearer t1"}), ("/bearer", {"Authorization": "Token t1"}), ("/bearer", {"Authorization": "Bearer"}),
                     ("/basic", {}), ("/basic", {"Authorization": "Basic YWRhOnNlY3JldA=="}), ("/basic", {"Authorization": "Basic !!!"}),
                     ("/key", {}), ("/key?api_key=q1", {"X-API-Key": "k1"})]:
            r = await c.get(p, headers=h)
            print(p, h, r.status_code, r.text, r.headers.get("www-authenticate"))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        for data in [{"username": "ada", "password": "secret", "scope": "me items"},
                     {"username": "ada", "password": "wrong"}, {"username": "ada"},
                     {"username": "", "password": "x"},
                     {"username": "ada", "password": "secret", "grant_type": "magic"}]:
            r = await c.post("/token", data=data)
            print(data, r.status_code, r.text)


asyncio.run(main())
