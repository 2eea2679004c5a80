# syntax=docker/dockerfile:1
FROM opensuse/leap:15.5
RUN zypper --non-interactive install nginx=1.21.5 && zypper clean --all
RUN zypper -n in --no-recommends curl=8.0.1 'git-core>=2.35' && zypper clean -a
RUN zypper -n refresh && zypper -n update && zypper clean -a
USER nginx
CMD ["nginx", "-g", "daemon off;"]
