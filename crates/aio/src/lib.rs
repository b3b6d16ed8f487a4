//! The event loop and the modules asyncio programs import, generic over a [`Host`].
