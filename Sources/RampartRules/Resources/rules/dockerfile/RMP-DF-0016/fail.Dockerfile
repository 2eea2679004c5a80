# syntax=docker/dockerfile:1
FROM opensuse/leap:15.5
RUN zypper --non-interactive install nginx && zypper clean --all
RUN zypper -n in --no-recommends curl=8.0.1 git-core && zypper clean -a
USER nginx
CMD ["nginx", "-g", "daemon off;"]
