# syntax=docker/dockerfile:1
FROM opensuse/leap:15.5
RUN zypper --non-interactive install nginx=1.21.5 && zypper clean --all
RUN zypper -n in --no-recommends curl=8.0.1 && zypper cc -a
RUN zypper -n in --no-recommends jq=1.6 && rm -rf /var/cache/zypp/*
USER nginx
CMD ["nginx", "-g", "daemon off;"]
