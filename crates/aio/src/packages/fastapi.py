# Loopscope's fastapi: FastAPI 0.165's programming model, written for Loopscope in
# Python over our starlette and pydantic — path operations, parameters validated from
# their annotations, dependencies with yield, response models, FastAPI's errors — with
# `async def` endpoints on the loop and `def` ones in the thread pool.

__version__ = '0.165.0'

from starlette.requests import Request
from starlette.responses import Response

from fastapi.applications import FastAPI
from fastapi.background import BackgroundTasks
from fastapi.exceptions import HTTPException, WebSocketException
from fastapi.params import Body, Cookie, Depends, File, Form, Header, Path, Query, Security
from fastapi.routing import APIRouter
from fastapi import status

__all__ = ['APIRouter', 'BackgroundTasks', 'Body', 'Cookie', 'Depends', 'FastAPI', 'File',
           'Form', 'HTTPException', 'Header', 'Path', 'Query', 'Request', 'Response',
           'Security', 'WebSocketException', 'status']
