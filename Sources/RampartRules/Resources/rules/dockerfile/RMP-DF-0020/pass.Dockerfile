# syntax=docker/dockerfile:1
FROM centos:7.9.2009
RUN yum install -y httpd-2.4.6-99.el7.centos.1 && yum clean all
RUN yum -y install mod_ssl-2.4.6-99.el7.centos.1 && rm -rf /var/cache/yum
RUN --mount=type=cache,target=/var/cache/yum yum install -y python3-3.6.8-21.el7_9
RUN yum makecache
USER apache
CMD ["httpd", "-DFOREGROUND"]
