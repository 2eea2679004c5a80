FROM ubuntu:22.04
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,target=/var/lib/apt,sharing=locked \
    apt-get update && apt-get install -y --no-install-recommends curl git
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc \
    --network=none --security=sandbox \
    npm ci
RUN --mount=type=ssh git clone git@github.com:example/private.git /src
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d \
    https://example.com/archive.tar.gz /tmp/
ADD --keep-git-dir=true https://github.com/example/repo.git#v1.0 /repo
COPY --link --parents --exclude=*.md --chmod=0755 ./scripts/ /opt/scripts/
RUN curl -fsSL https://example.com/install.sh | sh
RUN wget -O- https://example.com/setup | sudo bash -s -- --yes
