# syntax=docker/dockerfile:1
FROM centos:7.9.2009
RUN yum install -y epel-release-7-14 && yum clean all
RUN yum install -y \
      httpd \
      mod_ssl-2.4.6-99.el7.centos.1 \
 && yum clean all
RUN yum -y --setopt=tsflags=nodocs install python3 && yum clean all
USER apache
CMD ["httpd", "-DFOREGROUND"]
