# syntax=docker/dockerfile:1
FROM opensuse/leap:15.5
RUN zypper --non-interactive install nginx=1.21.5
RUN zypper -n in --no-recommends curl=8.0.1 && zypper -n refresh
USER nginx
CMD ["nginx", "-g", "daemon off;"]
