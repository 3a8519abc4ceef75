# syntax=docker/dockerfile:1
# Build stage: resolve the pinned dependencies into a virtualenv.
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
COPY requirements.lock ./
RUN python -m venv /opt/venv \
    && /opt/venv/bin/pip install --no-cache-dir -r requirements.lock

# Runtime stage: the virtualenv, the code, a non-root user. It migrates, then serves.
FROM python:3.11-slim
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONPATH=/app \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    API_HOST=0.0.0.0 \
    API_PORT=8000
RUN groupadd --system --gid 10001 milestones \
    && useradd --system --uid 10001 --gid milestones --home-dir /app --shell /usr/sbin/nologin milestones
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY service ./service
COPY migrations ./migrations
COPY feeds ./feeds
RUN mkdir -p /app/var && chown -R milestones:milestones /app/var
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s CMD ["python", "-c", "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]
CMD ["sh", "-c", "python -m service migrate && exec python -m service serve"]
